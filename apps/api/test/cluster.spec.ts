import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The pid of the worker that answers, on a connection of its own (the cluster deals connections, not requests). */
function servedBy(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, agent: false, timeout: 2_000 }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(Number(body)));
    })
      .on('timeout', function (this: { destroy(error: Error): void }) {
        this.destroy(new Error('no answer'));
      })
      .on('error', reject);
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * LUMEN_WORKERS > 1 (apps/api/src/cluster.ts): two workers share one port, a worker that dies is
 * replaced, and SIGTERM to the primary stops every worker before the primary exits.
 */
describe('the cluster of API workers', () => {
  let primary: ChildProcess;
  let port: number;

  /** Asks the port until `want` distinct workers have answered; answers their pids. */
  async function workers(want: number, timeoutMs = 30_000): Promise<number[]> {
    const seen = new Set<number>();
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const recent = new Set<number>();
      for (let i = 0; i < 8; i++) {
        try {
          recent.add(await servedBy(port));
        } catch {
          // a worker going or coming
        }
      }
      if (recent.size === want) return [...recent].sort();
      recent.forEach((pid) => seen.add(pid));
      await sleep(200);
    }
    throw new Error(`${want} workers did not answer within ${timeoutMs} ms (saw ${[...seen].join(', ')})`);
  }

  beforeAll(async () => {
    port = await freePort();
    primary = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'tools/ci/cluster-fixture.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port) },
      stdio: 'ignore',
    });
  });
  afterAll(() => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
  });

  it('shares one port between two workers, replaces one that dies, and stops them all on SIGTERM', async () => {
    const [first, second] = await workers(2, 60_000);
    process.kill(first, 'SIGKILL');
    const after = await workers(2);
    expect(after).toContain(second);
    expect(after).not.toContain(first);

    const exited = once(primary, 'exit');
    primary.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(after.filter(alive)).toEqual([]);
  }, 180_000);
});
