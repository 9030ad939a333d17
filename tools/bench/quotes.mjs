#!/usr/bin/env node
// Quote desk benchmark (issue 5): 100,000 quotes seeded set-based, then the consultant queue
// query (open quotes by due time, as `GET /api/staff/quotes` runs it) timed many times
// straight on PostgreSQL and once more end to end over HTTP. Prints p50/p95/p99 and the plan.
//
//   npm run bench -- quotes       (BENCH_QUOTES=100000 BENCH_OPEN_SHARE=0.03 BENCH_RUNS=500)
// Goal: the queue query ≤ 20 ms at p95.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { log, login, percentile, printTable, root, startBenchEnvironment } from './support.mjs';

const QUOTES = Number(process.env.BENCH_QUOTES ?? 100_000);
const OPEN_SHARE = Number(process.env.BENCH_OPEN_SHARE ?? 0.03);
const RUNS = Number(process.env.BENCH_RUNS ?? 500);

/** The queue SQL as the API builds it, printed by a TypeScript helper (no copy to drift). */
function queueQueries() {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(root, 'tools/bench/quotes-queue-sql.ts')],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(root, 'tsconfig.base.json'),
        TS_NODE_TRANSPILE_ONLY: 'true',
        TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}',
      },
    },
  );
  if (result.status !== 0) throw new Error(`could not build the queue SQL: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/**
 * 100,000 quotes in a handful of statements: a small share waiting for a consultant (spread
 * over ±48 h of due times, some overdue), the rest answered or closed with one revision each;
 * three lines per quote. Statuses and times come from the row number, so runs are repeatable.
 */
async function seedQuotes(db) {
  const started = Date.now();
  const openEvery = Math.max(1, Math.round(1 / OPEN_SHARE));
  await db.query('BEGIN');
  await db.query(`
    CREATE TEMP TABLE bench_products AS
      SELECT row_number() OVER (ORDER BY sku) AS n, id, sku, name, list_price_ore FROM products LIMIT 500`);
  await db.query(
    `INSERT INTO quotes (company_id, project_list_name, requested_by_user_id, status, requested_at, due_at,
       claimed_by_user_id, current_revision, valid_until, closed_at, accepted_revision, line_count,
       current_total_ore)
     SELECT c.id, 'Benchmark ' || g, u.id, s.status,
       now() - make_interval(hours => (g % 96)) - interval '1 day' + interval '24 hours' * (CASE WHEN s.open THEN 1 ELSE -30 END),
       now() - make_interval(hours => (g % 96)) + interval '48 hours' * (CASE WHEN s.open THEN 1 ELSE -15 END),
       CASE WHEN s.status <> 'requested' THEN staff.id END,
       CASE WHEN s.open THEN 0 ELSE 1 END,
       CASE WHEN s.open THEN NULL ELSE now() + interval '10 days' END,
       CASE WHEN s.status IN ('accepted', 'declined', 'expired') THEN now() END,
       CASE WHEN s.status = 'accepted' THEN 1 END,
       3,
       CASE WHEN s.open THEN NULL ELSE 100000 + g END
     FROM generate_series(1, $1::int) AS g
     CROSS JOIN LATERAL (SELECT g % $2::int = 0 AS open) o
     CROSS JOIN LATERAL (SELECT o.open,
       CASE WHEN o.open THEN (ARRAY['requested', 'in_progress', 'revision_requested'])[1 + g % 3]
            ELSE (ARRAY['answered', 'accepted', 'declined', 'expired'])[1 + g % 4] END AS status) s
     JOIN LATERAL (SELECT id FROM companies ORDER BY name OFFSET (g % 2) LIMIT 1) c ON true
     JOIN LATERAL (SELECT id FROM users WHERE company_id = c.id ORDER BY email LIMIT 1) u ON true
     CROSS JOIN (SELECT id FROM users WHERE email = 'consultant@lumen.test') staff`,
    [QUOTES, openEvery],
  );
  await db.query(`
    INSERT INTO quote_lines (quote_id, product_id, sku, name, quantity, list_price_ore, tier_unit_price_ore,
      unit_price_ore, position)
    SELECT q.id, p.id, p.sku, p.name, 1 + (q.number % 20)::int, p.list_price_ore, p.list_price_ore,
      p.list_price_ore, k
    FROM quotes q CROSS JOIN generate_series(0, 2) AS k
    JOIN bench_products p ON p.n = 1 + ((q.number * 7 + k * 131) % 500)
    WHERE q.project_list_name LIKE 'Benchmark %'`);
  await db.query(`
    INSERT INTO quote_revisions (quote_id, number, published_at, published_by_user_id, valid_until,
      cycle_started_at, due_at, total_ore)
    SELECT q.id, 1, q.requested_at + interval '5 hours', q.claimed_by_user_id, q.valid_until,
      q.requested_at, q.due_at, 100000 + q.number
    FROM quotes q WHERE q.current_revision = 1 AND q.project_list_name LIKE 'Benchmark %'`);
  await db.query('COMMIT');
  await db.query('ANALYZE quotes, quote_lines, quote_revisions, users, companies');
  const [{ total, open }] = (
    await db.query(
      `SELECT count(*)::int AS total,
         count(*) FILTER (WHERE status IN ('requested', 'in_progress', 'revision_requested'))::int AS open
       FROM quotes`,
    )
  ).rows;
  log(`seeded ${QUOTES} quotes in ${((Date.now() - started) / 1000).toFixed(1)} s: ${total} in all, ${open} open`);
}

function figures(title, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 100) / 100;
  return {
    benchmark: title,
    runs: sorted.length,
    'p50 ms': round(percentile(sorted, 50)),
    'p95 ms': round(percentile(sorted, 95)),
    'p99 ms': round(percentile(sorted, 99)),
    'max ms': round(sorted[sorted.length - 1]),
  };
}

async function timeQuery(db, { sql, params }) {
  const samples = [];
  for (let i = 0; i < 20; i++) await db.query(sql, params); // warm caches and the plan
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await db.query(sql, params);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

const env = await startBenchEnvironment({ database: 'lumen_bench_quotes' });
const db = new pg.Client({ connectionString: env.databaseUrl });
await db.connect();
try {
  await seedQuotes(db);
  const rows = [];
  const queries = queueQueries();
  for (const query of queries) rows.push(figures(`SQL: ${query.title}`, await timeQuery(db, query)));

  const token = await login(env.baseUrl, 'consultant@lumen.test');
  const http = [];
  for (let i = 0; i < Math.min(RUNS, 200); i++) {
    const start = process.hrtime.bigint();
    const response = await fetch(`${env.baseUrl}/api/staff/quotes`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.json();
    if (!response.ok || !Array.isArray(body) || body.length === 0)
      throw new Error(`queue answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
    http.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  rows.push(figures('HTTP: GET /api/staff/quotes (200 rows, JSON)', http));
  printTable(rows);

  const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${queries[0].sql}`, queries[0].params);
  log(`plan of "${queries[0].title}":\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}`);
  const p95 = rows[0]['p95 ms'];
  log(`queue query p95 = ${p95} ms (goal ≤ 20 ms): ${p95 <= 20 ? 'met' : 'NOT met'}`);
} finally {
  await db.end();
  await env.stop();
}
