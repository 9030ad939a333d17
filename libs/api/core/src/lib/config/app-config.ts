import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { SellerConfigError, type SellerDetails, sellerDetailsFrom } from '@lumen/api/documents';

/**
 * Every setting the API reads, validated once at start. `.env.example` lists them all;
 * a bad value stops the process with a message naming the variable.
 */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  /**
   * Where the cache listeners LISTEN (DATABASE_LISTEN_URL, default DATABASE_URL): PgBouncer in
   * transaction mode drops notifications, so behind it this names PostgreSQL or a session-mode pool.
   */
  databaseListenUrl: string;
  /**
   * Hot statements run as named prepared statements (DATABASE_NAMED_STATEMENTS, default true). Off
   * behind PgBouncer older than 1.21 (or without max_prepared_statements), which cannot carry them.
   */
  databaseNamedStatements: boolean;
  /** API processes sharing the port (LUMEN_WORKERS; default: one per core in production, else 1). */
  workers: number;
  shutdown: {
    /** After SIGTERM readiness answers 503 this long before the port closes, so load balancers stop sending. */
    drainMs: number;
    /** Requests still running this long after the port closed are cut off. */
    timeoutMs: number;
  };
  /** Where links in e-mails point, e.g. https://portal.lumen.no */
  publicUrl: string;
  /** Built portal to serve at `/`; unset means the API alone. */
  portalDir: string | null;
  /**
   * Proxies whose `X-Forwarded-For` is believed (express `trust proxy`): IPs, CIDR ranges or
   * `loopback`/`linklocal`/`uniquelocal`. Empty: none, the client is the socket's peer.
   */
  trustedProxies: string[];
  jwt: {
    secret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlDays: number;
  };
  mail: {
    smtpUrl: string | null;
    from: string;
    /** The outbox worker polls this often; 0 turns it off (tests deliver by hand). */
    pollMs: number;
  };
  seedDemoData: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** JSON lines for log shippers (default in production) or human-readable text. */
  logFormat: 'json' | 'text';
  /** Uploaded files (attachments, photos, product media): LUMEN_FILES_DIR, else `LUMEN_DATA_DIR/files`. */
  filesDir: string;
  /** The shop as seller on invoices, credit notes, quotes and order confirmations (LUMEN_SELLER_*). */
  seller: SellerDetails;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, fallback: string | null, protocols: string[]): string | null {
  const raw = env[name] || fallback;
  if (raw === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}`);
  }
  return raw;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

/** The names express's `trust proxy` (proxy-addr) knows for well-known ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

/** A comma-separated list of proxy addresses; a typo must stop the start, not trust nobody (or everybody). */
function proxies(env: Env, name: string): string[] {
  const raw = env[name]?.trim();
  if (!raw) return [];
  return raw.split(',').map((part) => {
    const entry = part.trim();
    if (!isProxyAddress(entry)) {
      throw new ConfigError(
        `${name} must be IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas; "${entry}" is not`,
      );
    }
    return entry;
  });
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const production = nodeEnv === 'production';
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', null, ['postgres:', 'postgresql:']);
  if (!databaseUrl) throw new ConfigError('DATABASE_URL is required (npm start provides an embedded PostgreSQL)');

  let secret = env['JWT_SECRET'] ?? '';
  if (!secret) {
    if (production) throw new ConfigError('JWT_SECRET is required in production');
    // Development without a secret: sessions simply do not survive a restart.
    secret = randomBytes(32).toString('hex');
  }
  if (secret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  let seller: SellerDetails;
  try {
    seller = sellerDetailsFrom(env, { required: production });
  } catch (error) {
    if (error instanceof SellerConfigError) throw new ConfigError(error.message);
    throw error;
  }

  return {
    nodeEnv,
    port,
    databaseUrl,
    databaseListenUrl: url(env, 'DATABASE_LISTEN_URL', databaseUrl, ['postgres:', 'postgresql:']) as string,
    databaseNamedStatements: flag(env, 'DATABASE_NAMED_STATEMENTS', true),
    workers: integer(env, 'LUMEN_WORKERS', production ? availableParallelism() : 1, 1, 256),
    shutdown: {
      drainMs: integer(env, 'LUMEN_DRAIN_MS', production ? 5_000 : 0, 0, 600_000),
      timeoutMs: integer(env, 'LUMEN_SHUTDOWN_TIMEOUT_MS', 15_000, 0, 600_000),
    },
    publicUrl: url(env, 'PUBLIC_URL', `http://localhost:${port}`, ['http:', 'https:']) as string,
    portalDir: env['PORTAL_DIR'] || null,
    trustedProxies: proxies(env, 'TRUSTED_PROXIES'),
    jwt: {
      secret,
      issuer: env['JWT_ISSUER'] || 'lumen-trade',
      audience: env['JWT_AUDIENCE'] || 'lumen-portal',
      accessTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
      refreshTtlDays: integer(env, 'REFRESH_TOKEN_TTL_DAYS', 30, 1, 365),
    },
    mail: {
      smtpUrl: url(env, 'SMTP_URL', null, ['smtp:', 'smtps:']),
      from: env['MAIL_FROM'] || 'Lumen Trade <no-reply@lumen.test>',
      pollMs: integer(env, 'OUTBOX_POLL_MS', 2000, 0, 600_000),
    },
    // Demo data never goes near a production database (PRODUCT.md §12).
    seedDemoData: !production && flag(env, 'SEED_DEMO_DATA', true),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'], 'log'),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'text'], production ? 'json' : 'text'),
    filesDir: resolve(env['LUMEN_FILES_DIR'] || join(env['LUMEN_DATA_DIR'] || '.data', 'files')),
    seller,
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
