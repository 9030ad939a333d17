import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { sleep } from './api-process';
import type { Sql } from './order-ledger';

/**
 * A cluster the test may kill: `kill -9` of its postmaster, then a restart on the same data
 * directory and port. The restart runs the exact command line the postmaster recorded in
 * `postmaster.opts`, as the data directory's owner (the embedded helper picks a new port on
 * every start, and the API's connection string must stay the same, as in production).
 */
export interface PostgresCluster {
  url: string;
  /** Runs SQL on a connection of its own, so it works again as soon as the cluster does. */
  sql: Sql;
  killPostmaster(): void;
  /** Starts the postmaster again and resolves once it accepts connections. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lumen-outage-pg-'));
  const helper = spawn(process.execPath, [join(__dirname, 'cluster.mjs'), dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    helper.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((text) => text.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    helper.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    helper.once('exit', () => reject(new Error(`the PostgreSQL helper exited:\n${output}`)));
  });
  const pgData = findPgData(dataDir);
  if (!pgData) {
    helper.kill('SIGKILL');
    throw new Error(`no PostgreSQL data directory (PG_VERSION) under ${dataDir}`);
  }
  let restarted: ChildProcess | undefined;

  const sql: Sql = async <T>(text: string, params?: unknown[]) => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  return {
    url,
    sql,
    killPostmaster: () => process.kill(postmasterPid(pgData), 'SIGKILL'),
    restart: async () => {
      restarted = await restartPostmaster(pgData);
      await untilAccepting(sql);
    },
    stop: async () => {
      if (restarted && restarted.exitCode === null) {
        const exited = new Promise((resolve) => restarted?.once('exit', resolve));
        restarted.kill('SIGINT');
        await exited;
      }
      // The helper's own cluster is gone when it was killed and restarted; kill the helper too.
      helper.kill('SIGKILL');
      if (!restarted) await sleep(500);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The folder holding PG_VERSION, wherever the embedded helper puts it inside `dir`. */
function findPgData(dir: string, depth = 0): string | undefined {
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  if (depth === 3) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const found = entry.isDirectory() ? findPgData(join(dir, entry.name), depth + 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The first line of `postmaster.pid` is the postmaster's process id. */
function postmasterPid(pgData: string): number {
  return Number(readFileSync(join(pgData, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** The recorded command line: the binary, then each argument in double quotes. */
function recordedCommand(pgData: string): string[] {
  const text = readFileSync(join(pgData, 'postmaster.opts'), 'utf8').trim();
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)].map((match) => match[1] ?? match[2]);
}

/**
 * After a kill -9 its backends may still be exiting and holding shared memory; PostgreSQL then
 * refuses to start ("pre-existing shared memory block is still in use"), so try again shortly.
 */
async function restartPostmaster(pgData: string): Promise<ChildProcess> {
  const [binary, ...args] = recordedCommand(pgData);
  const { uid, gid } = statSync(pgData);
  const asOwner = process.getuid?.() === 0 ? { uid, gid } : {};
  let log = '';
  for (let attempt = 0; attempt < 50; attempt++) {
    log = '';
    const child = spawn(binary, args, { ...asOwner, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString('utf8')).slice(-4_000)));
    const ready = await new Promise<boolean>((resolve) => {
      child.once('exit', () => resolve(false));
      child.stderr?.on('data', () => {
        if (log.includes('ready to accept connections')) resolve(true);
      });
    });
    if (ready) return child;
    await sleep(200);
  }
  throw new Error(`PostgreSQL did not start again:\n${log}`);
}

async function untilAccepting(sql: Sql): Promise<void> {
  for (;;) {
    if (
      await sql('SELECT 1').then(
        () => true,
        () => false,
      )
    )
      return;
    await sleep(50);
  }
}
