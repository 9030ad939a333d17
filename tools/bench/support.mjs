// Shared by the benchmarks: a built API on its own embedded PostgreSQL (or BENCH_DATABASE_URL's
// server), demo data seeded by the app itself, logins, and autocannon runs printed as figures.
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, findFreePort, startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const log = (message) => process.stdout.write(`[bench] ${message}\n`);

/** Builds the API (nx caches it), starts PostgreSQL and the API, waits for /api/health. */
export async function startBenchEnvironment({ database = 'lumen_bench', recordStatements = false } = {}) {
  if (process.env.LUMEN_SKIP_BUILD !== 'true') {
    log('building the API…');
    const built = spawnSync('npx', ['nx', 'build', 'api', '--outputStyle=static'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    if (built.status !== 0) throw new Error('nx build api failed');
  }
  let server = null;
  let dataDir = null;
  let maintenanceUrl = process.env.BENCH_DATABASE_URL;
  if (!maintenanceUrl) {
    // BENCH_DATA_DIR keeps the cluster (and its 100,000 products) between runs, for profiling.
    const keep = Boolean(process.env.BENCH_DATA_DIR);
    dataDir = keep ? resolve(process.env.BENCH_DATA_DIR) : mkdtempSync(join(tmpdir(), 'lumen-bench-pg-'));
    server = await startEmbeddedPostgres({ dataDir, persistent: keep });
    maintenanceUrl = server.url;
    if (keep) dataDir = null;
  }
  const databaseUrl = await ensureDatabase(maintenanceUrl, database);
  // e.g. BENCH_API_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" shows where the API spends its time.
  const nodeFlags = (process.env.BENCH_API_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const statementLog = join(tmpdir(), `lumen-bench-statement-log-${process.pid}`);
  if (recordStatements) nodeFlags.push(`--require=${join(root, 'tools/bench/statement-recorder.cjs')}`);
  const { api, baseUrl } = await startApi(databaseUrl, {
    nodeFlags,
    env: { SEED_DEMO_DATA: 'true', BENCH_STATEMENT_LOG: statementLog },
  });
  log(`API on ${baseUrl} (pid ${api.pid}), ${cpus().length} CPU cores on this machine`);
  return {
    baseUrl,
    databaseUrl,
    maintenanceUrl,
    apiPid: api.pid,
    /** The node flags the API runs with, for a second API to compare on equal terms. */
    nodeFlags,
    /** The statements the API ran during `work` (needs `recordStatements`), and what work answered. */
    async statementsDuring(work) {
      const flush = async () => {
        rmSync(statementLog, { force: true });
        process.kill(api.pid, 'SIGWINCH');
        for (let tries = 0; !existsSync(statementLog); tries++) {
          if (tries > 400) throw new Error('the API did not write its statement log (recordStatements?)');
          await new Promise((done) => setTimeout(done, 5));
        }
        return JSON.parse(readFileSync(statementLog, 'utf8'), (key, value) =>
          value && typeof value.base64 === 'string' ? Buffer.from(value.base64, 'base64') : value,
        );
      };
      await flush();
      const result = await work();
      return { statements: await flush(), result };
    },
    async stop() {
      // Let answers still on the wire arrive before the API shuts its pool.
      await new Promise((done) => setTimeout(done, 500));
      await stopApi(api);
      if (server) await server.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      rmSync(statementLog, { force: true });
    },
  };
}

/**
 * One built API process on `databaseUrl` (its flags and extra environment on top of the bench's),
 * answering /api/health: the bench's own, or a second one to compare, e.g. with LUMEN_WORKERS=2.
 */
export async function startApi(databaseUrl, { nodeFlags = [], env = {} } = {}) {
  const port = await findFreePort();
  const api = spawn(process.execPath, [...nodeFlags, join(root, 'dist/apps/api/main.js')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      ACCESS_TOKEN_TTL_SECONDS: '3600',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '0',
      SEED_DEMO_DATA: 'false',
      PORTAL_DIR: '',
      ...env,
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not come up within 2 minutes');
    await new Promise((done) => setTimeout(done, 250));
  }
  return { api, baseUrl, stop: () => stopApi(api) };
}

async function stopApi(api) {
  // An API that has already exited sends no 'exit' again: waiting for one would hang.
  if (api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((done) => api.once('exit', done));
    api.kill('SIGTERM');
    await exited;
  }
}

export async function login(baseUrl, email, password = 'Lumen-demo-2026') {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login of ${email}: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}

/**
 * One autocannon run; `requests` cycle per connection. Fails loudly when any answer is not
 * 2xx, so a benchmark of error pages cannot pass for a fast one.
 */
export async function measure(title, { url, requests, headers = {}, connections, duration, pid }) {
  connections ??= Number(process.env.BENCH_CONNECTIONS ?? 20);
  duration ??= Number(process.env.BENCH_DURATION ?? 15);
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const machineBefore = machineCpuTicks();
  const result = await autocannon({ url, requests, headers, connections, duration, pipelining: 1 });
  const cpu = pid ? cpuMs(pid) - cpuBefore : 0;
  const machine = machineCpuTicks();
  const non2xx = result.non2xx + result.errors + result.timeouts;
  const figures = {
    benchmark: title,
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p90 ms': result.latency.p90,
    'p99 ms': result.latency.p99,
    'max ms': result.latency.max,
    requests: result.requests.total,
    'non-2xx/errors': non2xx,
    // CPU the server process spent per answer: what the work costs whatever the machine's load.
    ...(pid ? { 'server CPU ms/req': Number((cpu / result.requests.total).toFixed(3)) } : {}),
    // All cores, the load generator and PostgreSQL included: near 100 %, no server can go faster
    // here, a second worker process included, whatever its own CPU per answer.
    'machine busy': `${Math.round((100 * (machine.busy - machineBefore.busy)) / (machine.total - machineBefore.total))} %`,
    connections,
    'duration s': duration,
    // Other work on the machine skews the figures; the 1-minute load average says how much.
    'load avg': loadavg()[0].toFixed(1),
  };
  if (non2xx > 0) throw Object.assign(new Error(`${title}: ${non2xx} failed requests`), { figures });
  return figures;
}

/** CPU time (user + system) a process has used so far, in ms. */
function cpuMs(pid) {
  // Fields after the command name: state ppid … utime(14) stime(15), in clock ticks (100/s).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Clock ticks of all cores together since boot: busy (neither idle nor waiting on I/O) and in all. */
function machineCpuTicks() {
  // /proc/stat's first line: "cpu user nice system idle iowait irq softirq steal …".
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1, 9).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: total - ticks[3] - ticks[4], total };
}

/** The p-th percentile of ascending `sorted` samples, nearest rank: a sample that was measured. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function printTable(rows) {
  console.table(rows);
}

/**
 * The limit rows' routes: for each path, one warm GET through the API recording the statements
 * it ran and the JSON it answered. Refuses a route that runs more than `maxStatements`.
 */
export async function captureRoutes(env, paths, { headers = {}, maxStatements = Infinity } = {}) {
  const routes = {};
  for (const path of paths) {
    const get = async () => {
      const response = await fetch(`${env.baseUrl}${path}`, { headers });
      const body = await response.json();
      if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
      return body;
    };
    await get(); // warm: caches, prepared statements
    const { statements, result } = await env.statementsDuring(get);
    if (statements.length > maxStatements)
      throw new Error(
        `${path} ran ${statements.length} statements (at most ${maxStatements}):\n${statements.map((s) => s.text).join('\n')}`,
      );
    routes[path] = { statements, body: result };
  }
  return routes;
}

/** Starts limit-server.mjs (its own process) over `routes`; answers its base URL and stop(). */
export async function startLimitServer(databaseUrl, routes) {
  const file = join(mkdtempSync(join(tmpdir(), 'lumen-bench-limit-')), 'routes.json');
  writeFileSync(file, JSON.stringify(routes));
  const child = spawn(process.execPath, [join(root, 'tools/bench/limit-server.mjs'), file], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\d+)/.exec(out);
      if (match) done(Number(match[1]));
    });
    child.once('exit', (code) => fail(new Error(`the limit server exited with ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dirname(file), { recursive: true, force: true });
    },
  };
}

/**
 * The route's run beside its limit's, measured back to back in the same sitting, and the ratio
 * of their requests/s: the figure to steer by, as absolute numbers on a shared box drift.
 */
export async function measureAgainstLimit(title, { env, limit, requests, headers, goal }) {
  const route = await measure(title, { url: env.baseUrl, requests, headers, pid: env.apiPid });
  const bare = await measure(`limit: bare node:http + pg, same statements`, {
    url: limit.baseUrl,
    requests,
    pid: limit.pid,
  });
  const ratio = route['requests/s'] / bare['requests/s'];
  return [
    route,
    bare,
    {
      benchmark: `ratio route/limit${goal ? ` (goal ≥ ${Math.round(goal * 100)} %)` : ''}`,
      'requests/s': `${Math.round(ratio * 100)} %`,
      'p99 ms': `${route['p99 ms']} vs ${bare['p99 ms']}`,
      // Load-independent: the limit's CPU per answer over the route's, as a share.
      'server CPU ms/req': `${Math.round((bare['server CPU ms/req'] / route['server CPU ms/req']) * 100)} %`,
      'load avg': route['load avg'],
    },
  ];
}

/**
 * The limit of a route that is one request, not a stream of them: its statements straight on
 * PostgreSQL, one after the other as the route awaited them (`client` a connected pg.Client);
 * answers the wall time in ms.
 */
export async function replayStatements(client, statements) {
  const started = performance.now();
  for (const statement of statements) await client.query({ text: statement.text, values: statement.values });
  return performance.now() - started;
}
