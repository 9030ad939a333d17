import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { send } from './raw-http';

const ROOT = resolve(__dirname, '../../../../..');
const TEST_JWT_SECRET = 'robustness-secret-that-is-at-least-32-characters';

/** The real API in a process of its own, which a test can kill -9 and start again. */
export interface ApiProcess {
  readonly origin: string;
  readonly port: number;
  readonly pid: number;
  /** `kill -9`: no shutdown hook, no draining, open transactions cut off mid-way. */
  kill(): Promise<void>;
  /** A graceful stop (SIGTERM), for the end of a test. */
  stop(): Promise<void>;
  /** The last lines the process printed, for a failure message. */
  output(): string;
}

export interface ApiProcessOptions {
  databaseUrl: string;
  /** The same port again after a crash, so clients find the restarted API where they left it. */
  port?: number;
  env?: Record<string, string>;
}

/**
 * Starts `apps/api/src/main.ts` as `npm start` would run the built one, compiled on the fly by
 * swc (about 2 s, no build step and no shared `dist/` that another run could be rewriting).
 * swc resolves the `@lumen/*` paths against a `baseUrl`, which the workspace tsconfig leaves
 * out, hence the small tsconfig beside it. Resolves once `/api/health` answers 200.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const port = options.port ?? (await freePort());
  const tsconfig = join(tmpdir(), `lumen-robustness-tsconfig-${process.pid}.json`);
  writeFileSync(
    tsconfig,
    JSON.stringify({ extends: join(ROOT, 'apps/api/tsconfig.app.json'), compilerOptions: { baseUrl: ROOT } }),
  );
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: tsconfig,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      OUTBOX_POLL_MS: '0',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'text',
      PUBLIC_URL: 'http://portal.test',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-20_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(origin, child, () => output);
  return {
    origin,
    port,
    pid: child.pid as number,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
    output: () => output,
  };
}

async function waitUntilHealthy(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the API process exited before it was ready:\n${output()}`);
    const health = await send(origin, { method: 'GET', path: '/api/health' }, 2_000).catch(() => undefined);
    if (health?.status === 200) return;
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`the API process did not become healthy within 120 s:\n${output()}`);
}

export const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
