#!/usr/bin/env node
// Quick-order benchmark (issue 6): over the 100,000-product catalog, CSV files of 10,000 and
// 100,000 lines go through POST /api/quick-order/check as a purchaser uploads them. Prints per
// file: wall time of the check (client side, answer fully received), SQL round trips the API
// made for it, and the API process's peak resident memory while it worked; then the time to
// read a page of the check's problem lines and to download its whole report as CSV.
//
//   npm run bench -- quick-order      (BENCH_PRODUCTS=100000 BENCH_RUNS=5 BENCH_SIZES=10000,100000;
//                                      BENCH_DATA_DIR keeps the database, BENCH_HOLD=true keeps it all up)
// Goals: 10k lines ≤ 300 ms, 100k lines ≤ 1.5 s, round trips ≤ N/5,000 + 5 (issue 6); issue 15:
// 10k ≤ 150 ms, 100k ≤ 800 ms, report.csv of 100k ≤ 1 s. Each figure has its limit row beside
// it: the statements the request ran (recorded in the API), replayed one after the other straight
// on PostgreSQL — the floor without HTTP, parsing or JavaScript (statements the API ran side by
// side are replayed in turn, so the floor is if anything high).
//
// Round trips are counted honestly, outside the app: every connection of the API goes through
// a small TCP proxy that counts the frontend protocol's Sync ('S') and simple Query ('Q')
// messages — each is one wait for the server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';
import { loadDemoCatalog } from '../catalog/load-demo-catalog.mjs';
import { log, login, printTable, replayStatements, startBenchEnvironment } from './support.mjs';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);

/** A counting proxy in front of PostgreSQL. */
async function startCountingProxy(targetUrl) {
  const target = new URL(targetUrl);
  const counter = { roundTrips: 0 };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    let started = false;
    let pending = Buffer.alloc(0);
    client.on('data', (chunk) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          // Startup / SSLRequest: length-prefixed, no type byte.
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          const code = pending.readInt32BE(4);
          if (pending.length < length) break;
          pending = pending.subarray(length);
          if (code !== 80877103) started = true; // not an SSLRequest: the real startup
          continue;
        }
        if (pending.length < 5) break;
        const type = String.fromCharCode(pending[0]);
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) break;
        if (type === 'S' || type === 'Q') counter.roundTrips++;
        pending = pending.subarray(length + 1);
      }
    });
    upstream.on('data', (chunk) => client.write(chunk));
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const proxied = new URL(targetUrl);
  proxied.port = String(server.address().port);
  return { url: proxied.toString(), counter, close: () => server.close() };
}

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** A purchaser's file: real SKUs, 1 % typos, 2 % repeated lines, Norwegian Excel style. */
async function makeCsv(databaseUrl, lines) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT sku FROM products ORDER BY md5(sku) LIMIT $1`, [lines]);
    const out = ['Artikkelnummer;Antall'];
    for (let i = 0; i < lines; i++) {
      let sku = rows[i % rows.length].sku;
      if (i % 100 === 7) sku = `${sku.slice(0, -1)}X`; // a typo: unknown, suggestions asked for
      if (i % 50 === 3 && i > 0) sku = rows[(i - 1) % rows.length].sku; // repeated line
      out.push(`${sku};${(i % 9) + 1}`);
    }
    return '\ufeff' + out.join('\r\n') + '\r\n';
  } finally {
    await client.end();
  }
}

// BENCH_DATA_DIR keeps the cluster (and its 100,000 products) between runs, for profiling.
const keep = Boolean(process.env.BENCH_DATA_DIR);
const dataDir = keep ? process.env.BENCH_DATA_DIR : mkdtempSync(join(tmpdir(), 'lumen-bench-qo-'));
const postgres = await startEmbeddedPostgres({ dataDir, persistent: keep });
const proxy = await startCountingProxy(postgres.url);
process.env.BENCH_DATABASE_URL = proxy.url;
const env = await startBenchEnvironment({ database: 'lumen_bench_quick_order', recordStatements: true });
// The limit rows: the statements a request ran, replayed straight on PostgreSQL (not through the proxy).
const direct = new pg.Client({ connectionString: new URL(new URL(env.databaseUrl).pathname, postgres.url).toString() });
try {
  await loadDemoCatalog(env.databaseUrl, PRODUCTS, log);
  if (process.env.BENCH_HOLD === 'true') {
    // For profiling: keep the API, the proxy and the 100,000-product database up until killed.
    log(`holding: API ${env.baseUrl}, database ${env.databaseUrl}`);
    await new Promise(() => undefined);
  }
  const token = await login(env.baseUrl, 'purchaser@nordlys.test');
  await direct.connect();
  /** The median of three replays of `statements` on PostgreSQL: the request's floor without HTTP or JavaScript. */
  const limitMs = async (statements) => {
    const times = [];
    for (let i = 0; i < 3; i++) times.push(await replayStatements(direct, statements));
    return Math.round(times.sort((a, b) => a - b)[1]);
  };
  const rows = [];
  for (const size of SIZES) {
    const csv = await makeCsv(env.databaseUrl, size);
    const bytes = Buffer.byteLength(csv);
    const times = [];
    let roundTrips = 0;
    let peakKb = 0;
    let baselineKb = 0;
    let summary = null;
    let checkId = null;
    let checkStatements = [];
    for (let run = 0; run <= RUNS; run++) {
      const form = new FormData();
      form.append('file', new Blob([csv], { type: 'text/csv' }), `bench-${size}.csv`);
      baselineKb = rssKb(env.apiPid);
      let peak = baselineKb;
      const sampler = setInterval(() => (peak = Math.max(peak, rssKb(env.apiPid))), 5);
      const before = proxy.counter.roundTrips;
      const { statements, result } = await env.statementsDuring(async () => {
        const started = performance.now();
        const response = await fetch(`${env.baseUrl}/api/quick-order/check`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: form,
        });
        return { response, report: await response.json(), elapsed: performance.now() - started };
      });
      const { response, report, elapsed } = result;
      checkStatements = statements;
      clearInterval(sampler);
      if (response.status !== 200)
        throw new Error(`check answered ${response.status}: ${JSON.stringify(report).slice(0, 300)}`);
      if (report.summary.lines !== size) throw new Error(`report has ${report.summary.lines} lines, expected ${size}`);
      if (run === 0) continue; // warm-up
      times.push(elapsed);
      // The request's own statements: auth principal, the verdicts, storing the check, page 1.
      roundTrips = proxy.counter.roundTrips - before;
      peakKb = Math.max(peakKb, peak);
      summary = report.summary;
      checkId = report.id;
    }
    times.sort((a, b) => a - b);
    // What the purchaser does next with the stored check: the problem lines, the whole CSV.
    const timed = async (path) => {
      const started = performance.now();
      const response = await fetch(`${env.baseUrl}/api/quick-order/checks/${checkId}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      return Math.round(performance.now() - started);
    };
    const checkLimit = await limitMs(checkStatements);
    const download = await env.statementsDuring(() => timed('/report.csv'));
    const csvLimit = await limitMs(download.statements);
    const medianMs = Math.round(times[Math.floor(times.length / 2)]);
    rows.push({
      lines: size,
      'file MB': (bytes / 1024 / 1024).toFixed(2),
      'median ms': medianMs,
      'best ms': Math.round(times[0]),
      'worst ms': Math.round(times.at(-1)),
      'goal ms': size === 10_000 ? 300 : 1500,
      'SQL round trips': roundTrips,
      'round-trip goal': Math.floor(size / 5000) + 5,
      'API peak RSS MB': Math.round(peakKb / 1024),
      'API RSS before MB': Math.round(baselineKb / 1024),
      ok: summary.ok,
      unknown: summary.unknown_sku,
      summed: summary.summedLines,
      'problems page ms': await timed('?view=problems&page=2'),
      'check limit ms (its SQL on pg)': checkLimit,
      'report.csv ms': download.result,
      'report.csv limit ms (its SQL on pg)': csvLimit,
      'limit/route check': `${Math.round((checkLimit / medianMs) * 100)} %`,
      'limit/route csv': `${Math.round((csvLimit / download.result) * 100)} %`,
      'load avg': loadavg()[0].toFixed(1),
    });
  }
  printTable(rows);
} finally {
  await direct.end().catch(() => undefined);
  await env.stop();
  proxy.close();
  await postgres.stop();
  if (!keep) rmSync(dataDir, { recursive: true, force: true });
}
