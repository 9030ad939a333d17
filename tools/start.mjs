#!/usr/bin/env node
// `npm start`: builds the API and the portal, starts an embedded PostgreSQL when
// DATABASE_URL is not set (data kept in LUMEN_DATA_DIR, default .data/), and serves
// the portal at / and the API at /api on PORT (default 3000). Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EmbeddedPostgresError,
  ensureDatabase,
  startEmbeddedPostgres,
} from './db/embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env };
env.PORT ??= '3000';
const dataDir = resolve(root, env.LUMEN_DATA_DIR || '.data');
// The API keeps uploaded files under it too; absolute, so the API finds it from any folder.
env.LUMEN_DATA_DIR = dataDir;
const log = (message) => process.stdout.write(`[start] ${message}\n`);

if (env.LUMEN_SKIP_BUILD !== 'true') {
  log('building the API and the portal (cached after the first time)…');
  const build = spawnSync(
    'npx',
    [
      'nx',
      'run-many',
      '-t',
      'build',
      '-p',
      'api',
      'portal',
      '--outputStyle=static',
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

let database = null;
if (!env.DATABASE_URL) {
  log(`starting the embedded PostgreSQL (data in ${dataDir})…`);
  try {
    database = await startEmbeddedPostgres({ dataDir });
    env.DATABASE_URL = await ensureDatabase(database.url, 'lumen');
  } catch (error) {
    // One line that says why and what to do, never a stack trace (the cause is the operator's to fix).
    const reason = error instanceof EmbeddedPostgresError ? error.message : String(error?.message ?? error);
    log(`could not start the embedded PostgreSQL: ${reason}`);
    if (!(error instanceof EmbeddedPostgresError))
      log('set DATABASE_URL to use a PostgreSQL of your own, or LUMEN_DATA_DIR to keep the data elsewhere.');
    await database?.stop();
    process.exit(1);
  }
  // For tools and browser journeys that look into the database (e.g. read an invitation
  // from the outbox); the port is new on every start.
  writeFileSync(join(dataDir, 'database-url'), env.DATABASE_URL, { mode: 0o600 });
}

// A development secret that survives restarts (so do sessions) but never enters git.
if (!env.JWT_SECRET && env.NODE_ENV !== 'production') {
  const secretFile = join(dataDir, 'jwt-secret');
  mkdirSync(dataDir, { recursive: true });
  if (!existsSync(secretFile))
    writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  env.JWT_SECRET = readFileSync(secretFile, 'utf8').trim();
}
env.PORTAL_DIR ??= join(root, 'dist/apps/portal/browser');

const api = spawn(
  process.execPath,
  ['--enable-source-maps', join(root, 'dist/apps/api/main.js')],
  { cwd: root, env, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => api.kill(signal));
}
api.on('exit', async (code, signal) => {
  if (database) {
    log('stopping the embedded PostgreSQL…');
    await database.stop();
  }
  process.exit(code ?? (signal ? 0 : 1));
});
