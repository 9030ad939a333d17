#!/usr/bin/env node
// Catalog back-office benchmark (issue 14), all through HTTP as the shop admin works: a CSV of
// 100,000 new products is dry-run, then applied (timed until a search finds the imported
// products), the same file with 1 % of the lines changed is applied again, a stock feed of
// 100,000 lines is applied, and the whole catalog is exported as CSV while the API's memory is
// sampled. Each figure is printed with its limit, its ratio to the limit, and the SQL
// statements (each one round trip) the API sent for it.
//
//   npm run bench -- catalog-import     (BENCH_PRODUCTS=100000; LUMEN_SKIP_BUILD=true reuses dist/)
// Wall times depend on what else the machine runs: each step also prints the CPU seconds the
// API and PostgreSQL spent on it, and the load average.
// Limits: dry run ≤ 5 s, apply ≤ 10 s with search current, re-import 1 % changed ≤ 5 s,
// stock feed ≤ 3 s, export ≤ 5 s with memory growth ≤ 200 MB. The peer the issue names took
// 37.9 minutes (2,274 s) for import plus search reindex.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { log, login, printTable, root, startBenchEnvironment } from './support.mjs';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const PEER_SECONDS = 37.9 * 60;

// The statement counter the fulfilment bench preloads into the API: one SQL statement, one round trip.
const statementsFile = join(tmpdir(), `lumen-bench-statements-${process.pid}`);
process.env.BENCH_STATEMENTS_FILE = statementsFile;
process.env.BENCH_API_NODE_FLAGS = [
  process.env.BENCH_API_NODE_FLAGS ?? '',
  `--require=${join(root, 'tools/bench/fulfilment-statements.cjs')}`,
].join(' ');

async function statementsSoFar(apiPid) {
  rmSync(statementsFile, { force: true });
  process.kill(apiPid, 'SIGWINCH');
  for (let tries = 0; !existsSync(statementsFile); tries++) {
    if (tries > 200) throw new Error('the API did not write its statement count');
    await new Promise((done) => setTimeout(done, 5));
  }
  return Number(readFileSync(statementsFile, 'utf8'));
}

/**
 * CPU seconds used so far by this bench's children and theirs (the API, the embedded
 * PostgreSQL and its backends, reaped ones included): what a step costs whatever else the
 * machine is doing, where its wall time depends on the load.
 */
function childrenCpuSeconds() {
  const stats = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        // Fields after the command name: state ppid … utime(14) stime(15) cutime(16) cstime(17).
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
        return [{ pid: Number(pid), ppid: Number(fields[1]), ticks }];
      } catch {
        return []; // exited meanwhile
      }
    });
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const stat of stats)
      if (!mine.has(stat.pid) && mine.has(stat.ppid)) {
        mine.add(stat.pid);
        grew = true;
      }
  }
  mine.delete(process.pid);
  return stats.filter((stat) => mine.has(stat.pid)).reduce((sum, stat) => sum + stat.ticks, 0) / 100;
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const CATEGORIES = ['downlights', 'spotlights', 'panellys', 'lyskastere', 'drivere'];
const STATUSES = ['in_stock', 'order_from_supplier', 'remote_warehouse', 'supplier_date_unconfirmed'];
const HEADER =
  'sku;name;description;keywords;category;brand;list_price_ore;wattage;lumen;colour_temperature_k;cri;ip_rating;beam_angle;dimmable;stock_status;expected_date;bulky;net_priced;lifecycle;replacement_sku';

/** 100,000 realistic lines: every column filled, 1 in 50 end-of-life with an active replacement in the file. */
function importCsv(count, changedEvery = 0) {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    const changed = changedEvery > 0 && i % changedEvery === 0;
    const watt = 3 + (i % 40);
    const eol = i % 50 === 49;
    lines.push(
      [
        `BI-${String(i).padStart(6, '0')}`,
        `Benchlys ${watt}W ${i % 2 ? 'downlight' : 'spot'} ${i}${changed ? ' v2' : ''}`,
        `Innfelt LED-armatur, ${watt} W, for tak i bolig og næring`,
        'benchlys innfelt spot',
        CATEGORIES[i % CATEGORIES.length],
        ['Lumen', 'Nordlys', 'Glamox'][i % 3],
        String(9_900 + (i % 5_000) * 10 + (changed ? 100 : 0)),
        `${watt},5`,
        String(watt * 90),
        String([2700, 3000, 4000][i % 3]),
        String(80 + (i % 18)),
        ['IP20', 'IP44', 'IP65'][i % 3],
        String(15 + (i % 90)),
        i % 4 ? 'yes' : 'no',
        STATUSES[i % STATUSES.length],
        '',
        i % 30 === 0 ? 'yes' : 'no',
        i % 40 === 0 ? 'yes' : 'no',
        eol ? 'end_of_life' : 'active',
        eol ? `BI-${String(i - 1).padStart(6, '0')}` : '',
      ].join(';'),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

function stockCsv(count) {
  const lines = ['sku;stock_status;expected_date'];
  for (let i = 0; i < count; i++)
    lines.push(
      i % 7 === 0
        ? `BI-${String(i).padStart(6, '0')};supplier_date_confirmed;2027-03-0${1 + (i % 9)}`
        : `BI-${String(i).padStart(6, '0')};${STATUSES[(i + 1) % STATUSES.length]};`,
    );
  return lines.join('\r\n');
}

const env = await startBenchEnvironment({ database: 'lumen_bench_catalog_import' });
try {
  const token = await login(env.baseUrl, 'admin@lumen.test');
  const headers = { authorization: `Bearer ${token}` };
  const rows = [];

  /** One step: its wall time (answer fully read), statements and the API's memory meanwhile. */
  async function step(title, limitSeconds, work) {
    const before = await statementsSoFar(env.apiPid);
    const baseline = rssMb(env.apiPid);
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(env.apiPid))), 10);
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const detail = await work();
    const seconds = (performance.now() - started) / 1000;
    const cpu = childrenCpuSeconds() - cpuBefore;
    clearInterval(sampler);
    const statements = (await statementsSoFar(env.apiPid)) - before;
    rows.push({
      step: title,
      seconds: Number(seconds.toFixed(2)),
      'limit s': limitSeconds,
      'of limit': `${Math.round((seconds / limitSeconds) * 100)} %`,
      'CPU s (API + PostgreSQL)': Number(cpu.toFixed(2)),
      'SQL round trips': statements,
      'API RSS growth MB': Math.round(peak - baseline),
      'load avg': loadavg()[0].toFixed(1),
      detail,
    });
    log(`${title}: ${seconds.toFixed(2)} s, ${statements} statements`);
  }

  async function upload(path, name, text) {
    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/csv' }), name);
    const response = await fetch(`${env.baseUrl}/api${path}`, { method: 'POST', headers, body: form });
    const body = await response.json();
    if (response.status !== 200)
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 400)}`);
    return body;
  }
  const summaryText = (report) =>
    `created ${report.summary.created}, changed ${report.summary.changed}, unchanged ${report.summary.unchanged}, refused ${report.summary.refused}`;

  const file = importCsv(PRODUCTS);
  log(`import file: ${PRODUCTS} lines, ${(Buffer.byteLength(file) / 1024 / 1024).toFixed(1)} MB`);
  let applySeconds = 0;

  await step(`dry run, ${PRODUCTS} new products`, 5, async () =>
    summaryText(await upload('/staff/products/import?mode=dry-run', 'bench.csv', file)),
  );
  await step(`apply, ${PRODUCTS} new products, until search finds them`, 10, async () => {
    const started = performance.now();
    const report = await upload('/staff/products/import?mode=apply', 'bench.csv', file);
    // "Current" means a customer's search already sees them, with the right total.
    for (;;) {
      const page = await (await fetch(`${env.baseUrl}/api/products?q=benchlys&pageSize=1`, { headers })).json();
      if (page.total === PRODUCTS) break;
      if (performance.now() - started > 60_000) throw new Error(`search shows ${page.total} of ${PRODUCTS}`);
    }
    applySeconds = (performance.now() - started) / 1000;
    return summaryText(report);
  });
  await step(`dry run, same file (all unchanged)`, 5, async () =>
    summaryText(await upload('/staff/products/import?mode=dry-run', 'bench.csv', file)),
  );
  await step(`re-import (apply), 1 % of lines changed`, 5, async () =>
    summaryText(await upload('/staff/products/import?mode=apply', 'bench-1pct.csv', importCsv(PRODUCTS, 100))),
  );
  await step(`stock feed, ${PRODUCTS} lines`, 3, async () => {
    const result = await upload('/staff/stock-feed', 'stock.csv', stockCsv(PRODUCTS));
    return `changed ${result.changed}, unchanged ${result.unchanged}`;
  });
  for (const format of ['csv', 'xlsx'])
    await step(`export.${format}, whole catalog`, format === 'csv' ? 5 : 30, async () => {
      const response = await fetch(`${env.baseUrl}/api/staff/products/export.${format}`, { headers });
      let bytes = 0;
      for await (const chunk of response.body) bytes += chunk.length;
      if (response.status !== 200) throw new Error(`export.${format} answered ${response.status}`);
      return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    });
  printTable(rows);
  log(
    `apply with search current: ${applySeconds.toFixed(2)} s, ${Math.round(PEER_SECONDS / applySeconds)}× faster than the peer's 37.9 min (goal ≥ 200×)`,
  );
  log('export.xlsx has no limit in the issue: shown for reference (its limit column is a loose 30 s)');
} finally {
  await env.stop();
  rmSync(statementsFile, { force: true });
}
