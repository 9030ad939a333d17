import {
  createHash,
  randomBytes,
  randomUUID,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Refresh, reset and invitation tokens: `<row id>.<secret>`. Only a SHA-256 of the secret
 * is stored, so a database leak yields no usable token; the id finds the row without
 * comparing hashes across the table.
 */
export interface OpaqueToken {
  id: string;
  token: string;
  hash: string;
}

export function newOpaqueToken(): OpaqueToken {
  const id = randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${id}.${secret}`, hash: sha256(secret) };
}

export function parseOpaqueToken(
  token: string,
): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(sha256(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The stored form of a token's secret. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
