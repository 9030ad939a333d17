#!/usr/bin/env node
// The two-instance test (issue 15), run by .ci/run: two API instances (the first with two
// cluster workers) on one PostgreSQL behind Debian's PgBouncer in transaction mode, behind
// HAProxy. It checks that
//   1. requests through HAProxy succeed, with the hot statements sent unnamed
//      (DATABASE_NAMED_STATEMENTS=false: PgBouncer 1.18 cannot carry named ones);
//   2. a catalog change made on the database empties both instances' search caches (their
//      LISTEN connection goes through PgBouncer's session-mode alias, DATABASE_LISTEN_URL);
//   3. a rolling restart under load (SIGTERM one instance, start it again, then the other)
//      fails no request.
// Exit code 1 on any failure. Without pgbouncer or haproxy it says so and exits 0, except in CI
// (CI=true), where a missing binary fails. `SCALE_TEST_SKIP_BUILD=true` uses dist/apps/api as is.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureDatabase, findFreePort, startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const log = (message) => process.stdout.write(`[scale-test] ${message}\n`);
const DEMO_PASSWORD = 'Lumen-demo-2026';
// HAProxy sees a 503 within fall × inter (+ the check's own time) of SIGTERM: the drain outlasts that.
const DRAIN_MS = 3_000;

const missing = ['pgbouncer', 'haproxy'].filter(
  (binary) => spawnSync('sh', ['-c', `command -v ${binary}`]).status !== 0,
);
if (missing.length > 0) {
  const hint = `apt-get install -y ${missing.join(' ')}`;
  if (process.env.CI === 'true') {
    log(`FAILED: ${missing.join(' and ')} missing (${hint}; .ci/run installs them)`);
    process.exit(1);
  }
  log(`skipped: ${missing.join(' and ')} not installed here (${hint})`);
  process.exit(0);
}

if (process.env.SCALE_TEST_SKIP_BUILD !== 'true') {
  log('building the API…');
  const build = spawnSync('npx', ['nx', 'build', 'api', '--outputStyle=static'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const mainJs = join(root, 'dist/apps/api/main.js');

// PgBouncer refuses to run as root and PostgreSQL runs as `postgres` then: the folder is theirs to read.
const asRoot = userInfo().uid === 0;
const work = mkdtempSync(join(tmpdir(), 'lumen-scale-'));
chmodSync(work, 0o755);
const children = [];
let database;

/** Starts a child with its output kept (shown when the test fails) and stopped at the end. */
function child(name, command, args, env = {}) {
  const proc = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const entry = { name, proc, output: '' };
  const keep = (chunk) => (entry.output = (entry.output + chunk).slice(-20_000));
  proc.stdout.on('data', keep);
  proc.stderr.on('data', keep);
  entry.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  children.push(entry);
  return entry;
}

async function until(what, check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const failures = [];
function expect(ok, message) {
  log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
}

try {
  database = await startEmbeddedPostgres({ dataDir: join(work, 'postgres'), persistent: false });
  const directUrl = await ensureDatabase(database.url, 'lumen');
  const direct = new URL(directUrl);

  // PgBouncer: `lumen` in transaction mode for the pools, `lumen_listen` in session mode for LISTEN.
  const bouncerPort = await findFreePort();
  writeFileSync(join(work, 'userlist.txt'), `"${direct.username}" "${decodeURIComponent(direct.password)}"\n`, {
    mode: 0o644,
  });
  writeFileSync(
    join(work, 'pgbouncer.ini'),
    [
      '[databases]',
      `lumen = host=127.0.0.1 port=${direct.port} dbname=lumen`,
      `lumen_listen = host=127.0.0.1 port=${direct.port} dbname=lumen pool_mode=session`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${bouncerPort}`,
      'unix_socket_dir =',
      'auth_type = md5',
      `auth_file = ${join(work, 'userlist.txt')}`,
      'pool_mode = transaction',
      'default_pool_size = 20',
      'max_client_conn = 500',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  const bouncer = child('pgbouncer', 'pgbouncer', [...(asRoot ? ['-u', 'postgres'] : []), join(work, 'pgbouncer.ini')]);
  const viaBouncer = (name) => {
    const url = new URL(directUrl);
    url.port = String(bouncerPort);
    url.pathname = `/${name}`;
    return url.toString();
  };
  await until('PgBouncer', async () => {
    const client = new pg.Client({ connectionString: viaBouncer('lumen') });
    await client.connect();
    await client.end();
    return true;
  });
  log(`PostgreSQL on ${direct.port}, PgBouncer (transaction mode) on ${bouncerPort}`);

  // The migration Job's command, straight to PostgreSQL, before any instance starts.
  const migration = child('migrate', process.execPath, [mainJs, 'migrate'], { DATABASE_URL: directUrl });
  const migrated = await migration.exited;
  expect(migrated.code === 0, `\`node main.js migrate\` applied the migrations (exit ${migrated.code})`);
  if (migrated.code !== 0) throw new Error('migration failed');

  const [portA, portB, balancerPort, statsPort] = await Promise.all([1, 2, 3, 4].map(() => findFreePort()));
  const apiEnv = {
    NODE_ENV: 'development',
    DATABASE_URL: viaBouncer('lumen'),
    DATABASE_LISTEN_URL: viaBouncer('lumen_listen'),
    DATABASE_NAMED_STATEMENTS: 'false',
    JWT_SECRET: 'scale-test-secret-shared-by-both-instances',
    LUMEN_DATA_DIR: join(work, 'data'),
    LUMEN_DRAIN_MS: String(DRAIN_MS),
    LUMEN_SHUTDOWN_TIMEOUT_MS: '10000',
    LOG_LEVEL: 'warn',
  };
  const instances = {
    a: { port: portA, workers: '2' },
    b: { port: portB, workers: '1' },
  };
  const start = (name) => {
    const { port, workers } = instances[name];
    instances[name].child = child(`api-${name}`, process.execPath, [mainJs], {
      ...apiEnv,
      PORT: String(port),
      LUMEN_WORKERS: workers,
    });
  };
  const healthy = (port) =>
    until(`the API on ${port}`, async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok, 120_000);
  start('a');
  await healthy(portA); // seeds the demo data once
  start('b');
  await healthy(portB);

  writeFileSync(
    join(work, 'haproxy.cfg'),
    [
      'global',
      '  maxconn 2000',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 30s',
      '  timeout server 30s',
      // A health check waits for a pooled connection like any request: under load it can take a while.
      '  timeout check 3s',
      // Only a refused connection is retried (HAProxy's default), unlike docker/haproxy.cfg, which
      // also retries an empty response: here a request the API drops must count as failed.
      '  retries 3',
      '  option redispatch',
      'frontend web',
      `  bind 127.0.0.1:${balancerPort}`,
      '  default_backend api',
      'backend api',
      '  balance roundrobin',
      '  option httpchk GET /api/health',
      '  http-check expect status 200',
      '  default-server inter 500ms fall 2 rise 2',
      `  server a 127.0.0.1:${portA} check`,
      `  server b 127.0.0.1:${portB} check`,
      'listen stats',
      `  bind 127.0.0.1:${statsPort}`,
      '  stats enable',
      '  stats uri /stats',
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  child('haproxy', 'haproxy', ['-db', '-f', join(work, 'haproxy.cfg')]);
  const serverStatus = async () => {
    const csv = await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text();
    const [header, ...rows] = csv
      .replace(/^# /, '')
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    const at = (name) => header.indexOf(name);
    return Object.fromEntries(
      rows
        .filter((row) => row[at('pxname')] === 'api' && row[at('svname')] !== 'BACKEND')
        .map((row) => [row[at('svname')], row[at('status')]]),
    );
  };
  const upInBalancer = (name) =>
    until(`HAProxy to see ${name} up`, async () => (await serverStatus())[name] === 'UP', 180_000);
  await upInBalancer('a');
  await upInBalancer('b');
  const balancer = `http://127.0.0.1:${balancerPort}`;

  // 1. Through HAProxy and PgBouncer: a login and an authenticated search (principal + catalog statements).
  const login = await fetch(`${balancer}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'buyer@nordlys.test', password: DEMO_PASSWORD }),
  });
  expect(login.ok, `login through HAProxy answers ${login.status}`);
  const { accessToken } = await login.json();
  const authorization = `Bearer ${accessToken}`;
  const searchPath = '/api/products?q=lampe&pageSize=24';
  const searches = await Promise.all(
    Array.from({ length: 20 }, () => fetch(`${balancer}${searchPath}`, { headers: { authorization } })),
  );
  expect(
    searches.every((response) => response.ok),
    `20 searches through HAProxy answer ${[...new Set(searches.map((response) => response.status))].join(', ')}`,
  );

  // 2. Search caches on both instances follow a change made elsewhere (NOTIFY via the session alias).
  const word = `skalering${Date.now()}`;
  const hits = async (port) => {
    const response = await fetch(`http://127.0.0.1:${port}/api/products?q=${word}`, { headers: { authorization } });
    return (await response.json()).total;
  };
  const before = [await hits(portA), await hits(portA), await hits(portB), await hits(portB)];
  const sql = new pg.Client({ connectionString: directUrl });
  await sql.connect();
  await sql.query(
    `UPDATE products SET name = name || ' ' || $1 WHERE sku = (SELECT sku FROM products ORDER BY sku LIMIT 1)`,
    [word],
  );
  await sql.end();
  await sleep(500);
  const after = [await hits(portA), await hits(portA), await hits(portB), await hits(portB)];
  expect(
    before.every((n) => n === 0) && after.every((n) => n === 1),
    `a renamed product is found on both instances at once (before ${before.join(' ')}, after ${after.join(' ')})`,
  );

  // 3. A rolling restart under load.
  const statuses = new Map();
  let errors = 0;
  const load = autocannon({
    url: balancer,
    connections: 16,
    duration: 300,
    headers: { authorization },
    requests: [
      { method: 'GET', path: searchPath },
      { method: 'GET', path: '/api/categories' },
    ],
  });
  load.on('response', (_client, statusCode) => statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1));
  load.on('reqError', () => errors++);
  const finished = new Promise((resolve) => load.once('done', resolve));
  await sleep(3_000);
  for (const name of ['a', 'b']) {
    const stopping = instances[name].child;
    const stoppedAt = Date.now();
    stopping.proc.kill('SIGTERM');
    const exit = await stopping.exited;
    const took = Date.now() - stoppedAt;
    expect(
      (exit.code === 0 || exit.signal === 'SIGTERM') && took >= DRAIN_MS,
      `instance ${name} stopped on SIGTERM in ${took} ms after draining (${exit.signal ?? `exit ${exit.code}`})`,
    );
    start(name);
    await upInBalancer(name);
    await sleep(2_000);
  }
  load.stop();
  const result = await finished;
  const answered = [...statuses.values()].reduce((sum, n) => sum + n, 0);
  const failed = answered - (statuses.get(200) ?? 0) + errors + result.timeouts;
  log(
    `under load: ${answered} answers (${[...statuses].map(([status, n]) => `${n}× ${status}`).join(', ')}), ` +
      `${errors} connection errors, ${result.timeouts} timeouts, ${Math.round(result.requests.average)} requests/s`,
  );
  expect(failed === 0 && answered > 0, `rolling restart of both instances under load: ${failed} failed requests`);
} catch (error) {
  failures.push(String(error?.stack ?? error));
  log(`FAIL ${error?.message ?? error}`);
} finally {
  for (const { proc } of children) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
  await Promise.all(children.map(({ exited }) => Promise.race([exited, sleep(15_000)])));
  for (const { proc } of children) if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
  await database?.stop();
  if (failures.length > 0)
    for (const { name, output } of children)
      process.stdout.write(`\n--- ${name} (last output) ---\n${output.slice(-4_000)}\n`);
  rmSync(work, { recursive: true, force: true });
}

log(failures.length === 0 ? 'passed' : `FAILED (${failures.length})`);
process.exit(failures.length === 0 ? 0 : 1);
