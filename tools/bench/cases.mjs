#!/usr/bin/env node
// Service desk benchmark (issue 13): 100,000 cases seeded set-based — a small share still being
// worked (open or waiting for the customer, due times spread over ±2 days so some are overdue,
// some claimed), the rest resolved or closed over three years — then the staff queue
// (`GET /api/staff/cases`) over HTTP, one client: its default view (active cases by due time),
// overdue only, the consultant's own, and one category. Per row: p50/p95/p99, the limit and the
// ratio p95/limit; the same statements straight on PostgreSQL; requests/s with concurrent clients.
// The health route is the floor (HTTP and auth alone). The plans of every row's statements are
// printed.
//
//   npm run bench -- cases   (BENCH_CASES=100000 BENCH_ACTIVE_SHARE=0.03 BENCH_RUNS=300
//                             BENCH_CONNECTIONS=20 BENCH_DURATION=10; BENCH_DATA_DIR keeps the database)
// Goal: the queue p95 ≤ 20 ms.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { log, login, measure, percentile, printTable, root, startBenchEnvironment } from './support.mjs';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const ACTIVE_SHARE = Number(process.env.BENCH_ACTIVE_SHARE ?? 0.03);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const LIMIT_MS = 20;
const round = (ms) => Math.round(ms * 100) / 100;

/** The queue's statements as the API builds them, printed by a TypeScript helper. */
function queueStatements(consultantId) {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(root, 'tools/bench/cases-queue-sql.ts'), consultantId],
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
 * The cases in one statement, everything following from the row number so runs repeat: every
 * n-th case active (half of them answered once, a third claimed by the consultant), the rest
 * resolved or closed, opened one every 15 minutes back over three years. Customers are the demo
 * companies' users; categories cycle.
 */
async function seedCases(db, consultantId) {
  const started = Date.now();
  const activeEvery = Math.max(1, Math.round(1 / ACTIVE_SHARE));
  await db.query(
    `INSERT INTO cases (company_id, category, subject, status, opened_by_user_id, opened_at, first_answer_due_at,
       first_answered_at, assignee_user_id, last_message_at, awaiting_staff, message_count, resolved_at, closed_at)
     SELECT u.company_id, (ARRAY['order_change', 'cancellation', 'return', 'warranty', 'damage', 'invoice_question',
              'technical_support', 'account', 'other'])[1 + g % 9],
            'Benchmark case ' || g, s.status, u.id, s.opened_at, s.due_at,
            CASE WHEN s.answered THEN s.opened_at + interval '3 hours' END,
            CASE WHEN s.active AND g % 3 = 0 THEN $3::uuid WHEN NOT s.active THEN $3::uuid END,
            s.opened_at + interval '3 hours', s.active AND NOT s.answered, CASE WHEN s.answered THEN 2 ELSE 1 END,
            CASE WHEN NOT s.active THEN s.opened_at + interval '1 day' END,
            CASE WHEN s.status = 'closed' THEN s.opened_at + interval '8 days' END
     FROM generate_series(1, $1::int) AS g
     CROSS JOIN LATERAL (SELECT g % $2::int = 0 AS active) a
     CROSS JOIN LATERAL (SELECT a.active,
       CASE WHEN a.active THEN (ARRAY['open', 'waiting_for_customer'])[1 + (g / $2::int) % 2]
            ELSE (ARRAY['resolved', 'closed', 'closed', 'closed'])[1 + g % 4] END AS status,
       CASE WHEN a.active THEN now() - make_interval(hours => (g % 72)) ELSE now() - make_interval(mins => 15 * g) END AS opened_at,
       NOT a.active OR (g / $2::int) % 2 = 1 AS answered) s0
     CROSS JOIN LATERAL (SELECT s0.*, s0.opened_at + interval '1 day' AS due_at) s
     JOIN LATERAL (SELECT id, company_id FROM users WHERE company_id IS NOT NULL ORDER BY email OFFSET (g % 5) LIMIT 1) u ON true`,
    [CASES, activeEvery, consultantId],
  );
  // What autovacuum does soon after a bulk insert: statistics, and the visibility map that lets
  // the desk's counts read the partial queue index alone.
  await db.query('VACUUM (ANALYZE) cases');
  await db.query('ANALYZE users, companies');
  const [{ total, active, overdue }] = (
    await db.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE status IN ('open', 'waiting_for_customer'))::int AS active,
              count(*) FILTER (WHERE status IN ('open', 'waiting_for_customer') AND first_answered_at IS NULL
                               AND first_answer_due_at < now())::int AS overdue
       FROM cases`,
    )
  ).rows;
  log(`seeded ${CASES} cases in ${((Date.now() - started) / 1000).toFixed(1)} s: ${total} in all, ${active} active, ${overdue} overdue`);
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
}

async function timed(work) {
  for (let i = 0; i < 20; i++) await work(); // warm caches, plans and the pool
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

async function get(url, token) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = await response.json();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

const env = await startBenchEnvironment({ database: 'lumen_bench_cases' });
const db = new pg.Client({ connectionString: env.databaseUrl });
await db.connect();
try {
  const [{ id: consultantId }] = (await db.query(`SELECT id FROM users WHERE email = 'consultant@lumen.test'`)).rows;
  const [{ existing }] = (await db.query('SELECT count(*)::int AS existing FROM cases')).rows;
  if (existing >= CASES) log(`database already has ${existing} cases`);
  else await seedCases(db, consultantId);

  const token = await login(env.baseUrl, 'consultant@lumen.test');
  const variants = queueStatements(consultantId);
  const health = await timed(() => get(`${env.baseUrl}/api/health`));
  const loadedHealth = await measure('GET /api/health', { url: `${env.baseUrl}/api/health` });
  const table = [
    {
      benchmark: 'GET /api/health (floor: HTTP alone)',
      'limit ms': '',
      'p50 ms': health.p50,
      'p95 ms': health.p95,
      'p99 ms': health.p99,
      'p95/limit': '',
      'SQL p95 ms': '',
      [`req/s ×${loadedHealth.connections}`]: loadedHealth['requests/s'],
      'load avg': loadedHealth['load avg'],
    },
  ];
  for (const variant of variants) {
    const query = new URLSearchParams(
      Object.fromEntries(Object.entries(variant.filter).map(([key, value]) => [key, String(value)])),
    ).toString();
    const path = `/api/staff/cases${query ? `?${query}` : ''}`;
    const first = await get(`${env.baseUrl}${path}`, token);
    if (first.items.length === 0) throw new Error(`${path} answered no cases: the benchmark would time an empty page`);
    const single = await timed(() => get(`${env.baseUrl}${path}`, token));
    const sql = await timed(async () => {
      for (const statement of variant.statements) await db.query(statement.sql, statement.params);
    });
    const loaded = await measure(variant.title, {
      url: `${env.baseUrl}${path}`,
      headers: { authorization: `Bearer ${token}` },
      duration: Number(process.env.BENCH_DURATION ?? 10),
    });
    table.push({
      benchmark: `${variant.title} (${first.total} cases, page of ${first.items.length})`,
      'limit ms': LIMIT_MS,
      'p50 ms': single.p50,
      'p95 ms': single.p95,
      'p99 ms': single.p99,
      'p95/limit': round(single.p95 / LIMIT_MS),
      'SQL p95 ms': sql.p95,
      [`req/s ×${loaded.connections}`]: loaded['requests/s'],
      'load avg': loaded['load avg'],
    });
  }
  log(`one client, ${RUNS} requests per row (p50/p95/p99; SQL: the same statements straight on PostgreSQL),`);
  log(`then concurrent clients for the req/s column; ${CASES} cases in the database:`);
  printTable(table);
  for (const variant of variants)
    for (const statement of variant.statements) {
      const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
      log(`plan of "${variant.title}":\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}`);
    }
  const missed = table.filter((row) => row['limit ms'] && row['p95/limit'] > 1);
  log(missed.length === 0 ? `every queue row met its limit (p95 ≤ ${LIMIT_MS} ms)` : `NOT met: ${missed.map((r) => r.benchmark).join('; ')}`);
} finally {
  await db.end();
  await env.stop();
}
