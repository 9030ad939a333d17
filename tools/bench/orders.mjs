#!/usr/bin/env node
// Order history and order desk benchmark (issue 12): 100,000 orders with 300,000 lines seeded
// set-based (generate_series, a few statements) over 400 companies and Nordlys Elektro, whose
// buyer owns a fifth of them. Then, over HTTP: the buyer's history page and its searches by PO
// reference and SKU; the consultant's desk page, an open status, and searches by PO reference,
// SKU and company name. Per row: latency of one client (p50/p95/p99, the goal's figure, and its
// ratio to the limit), then requests/s with concurrent clients; the plans of every statement.
//
// Other work on the machine inflates wall times (the load average is printed per row); the CPU
// the API and its PostgreSQL backends spent per request, the health floor row and the SQL
// columns (the same statements straight on PostgreSQL) let a reader separate that out.
//
//   npm run bench -- orders   (BENCH_ORDERS=100000 BENCH_COMPANIES=400 BENCH_RUNS=300
//                              BENCH_CONNECTIONS=20 BENCH_DURATION=15; BENCH_DATA_DIR keeps the database)
// Goals: a page p95 ≤ 20 ms; a search by PO reference or SKU p95 ≤ 50 ms.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { log, login, measure, percentile, printTable, root, startBenchEnvironment } from './support.mjs';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 400);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const LINES_PER_ORDER = 3;
/** Every fifth order is Nordlys's: a customer with 20,000 orders is the history's hard case. */
const NORDLYS_EVERY = 5;
const PAGE_LIMIT_MS = 20;
const run = promisify(execFile);
const SEARCH_LIMIT_MS = 50;

/**
 * The orders in four statements. The newest ~1 % are still open (placed … partially shipped),
 * the next 2 % shipped, the rest delivered with a cancelled one in 97; one order every 15
 * minutes over three years. Three quarters carry a PO reference in one of three styles people
 * use; lines take the seeded catalog's 2,000 products, so a SKU is on ~150 orders. Everything
 * follows from the row number, so runs are repeatable.
 */
async function seedOrders(db, nordlysId, nordlysBuyerId) {
  const started = Date.now();
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO companies (name, organisation_number, customer_type, status, tier, phone)
     SELECT 'Bench ' || (ARRAY['Elektro', 'Bygg', 'Lys', 'Installasjon', 'Energi'])[1 + g % 5] || ' '
              || lpad(g::text, 3, '0') || ' AS',
            (900000000 + g)::text, 'business', 'active', (ARRAY['silver', 'gold', 'platinum'])[1 + g % 3], '+47 22 00 00 00'
     FROM generate_series(1, $1::int) AS g`,
    [COMPANIES],
  );
  await db.query(
    `INSERT INTO users (company_id, email, name)
     SELECT id, 'bench-' || organisation_number || '@bench.test', 'Innkjøper ' || name
     FROM companies WHERE name LIKE 'Bench %'`,
  );
  await db.query(
    `CREATE TEMP TABLE bench_buyers AS
     SELECT row_number() OVER (ORDER BY c.name) - 1 AS n, c.id AS company_id, u.id AS user_id, c.tier
     FROM companies c JOIN users u ON u.company_id = c.id WHERE c.name LIKE 'Bench %'`,
  );
  const address = {
    label: null,
    line1: 'Industriveien 1',
    line2: null,
    postalCode: '0581',
    city: 'Oslo',
    country: 'NO',
  };
  await db.query(
    `INSERT INTO orders (company_id, placed_by_user_id, placed_at, status, tier, purchase_order_reference,
       payment_method, payment_terms_days, shipping_method, partial_delivery, expected_dispatch_date,
       earliest_delivery_date, latest_delivery_date, delivery_address, billing_address, goods_ore,
       standard_fee_ore, express_surcharge_ore, bulky_surcharge_ore, shipping_ore, net_ore, vat_ore, gross_ore)
     SELECT b.company_id, b.user_id, t.placed_at,
       CASE WHEN age < $1 * 0.01 THEN (ARRAY['placed', 'confirmed', 'in_preparation', 'partially_shipped'])[1 + g % 4]
            WHEN age < $1 * 0.03 THEN 'shipped'
            WHEN g % 97 = 0 THEN 'cancelled'
            ELSE 'delivered' END,
       b.tier,
       CASE g % 4 WHEN 0 THEN NULL
         WHEN 1 THEN 'PO-' || (100000 + (g * 7919) % 900000)
         WHEN 2 THEN (ARRAY['Skole', 'Kontor', 'Bolig', 'Sykehus', 'Hotell', 'Butikk', 'Lager'])[1 + g % 7] || ' '
                     || (ARRAY['Bergen', 'Oslo', 'Trondheim', 'Stavanger', 'Tromsø'])[1 + g % 5] || ' ' || (g * 31) % 1000
         ELSE 'Prosjekt ' || (g * 13) % 100000 || '/' || (2023 + g % 4) END,
       'invoice_30_days', 30, 'standard', false, t.placed_at::date, t.placed_at::date + 3, t.placed_at::date + 5,
       $3::jsonb, $3::jsonb, m.goods, 0, 0, 0, 0, m.goods, m.goods / 4, m.goods + m.goods / 4
     FROM generate_series(1, $1::int) AS g
     CROSS JOIN LATERAL (SELECT $1::int - g AS age) a
     CROSS JOIN LATERAL (SELECT now() - make_interval(mins => 15 * ($1::int - g)) AS placed_at) t
     CROSS JOIN LATERAL (SELECT 100000 + (g::bigint * 104729) % 5000000 AS goods) m
     JOIN LATERAL (
       SELECT $2::uuid AS company_id, $4::uuid AS user_id, 'gold' AS tier WHERE g % $5::int = 0
       UNION ALL
       SELECT company_id, user_id, tier FROM bench_buyers WHERE g % $5::int <> 0 AND n = (g / $5::int) % $6::int
     ) b ON true`,
    [ORDERS, nordlysId, JSON.stringify(address), nordlysBuyerId, NORDLYS_EVERY, COMPANIES],
  );
  await db.query(
    `CREATE TEMP TABLE bench_products AS
     SELECT row_number() OVER (ORDER BY sku) - 1 AS n, id, sku, name, list_price_ore, stock_status, bulky FROM products`,
  );
  const [{ products }] = (await db.query('SELECT count(*)::int AS products FROM bench_products')).rows;
  await db.query(
    `INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, list_price_ore, unit_price_ore,
       line_total_ore, stock_status, bulky)
     SELECT o.id, k, p.id, p.sku, p.name, 1 + (o.number % 20)::int, p.list_price_ore, p.list_price_ore,
       p.list_price_ore * (1 + o.number % 20), p.stock_status, p.bulky
     FROM orders o CROSS JOIN generate_series(1, $1::int) AS k
     JOIN bench_products p ON p.n = (o.number * 7919 + k * 104729) % $2::int
     WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)`,
    [LINES_PER_ORDER, products],
  );
  await db.query('COMMIT');
  await db.query('VACUUM ANALYZE companies, users, orders, order_lines');
  const [counts] = (
    await db.query(
      `SELECT (SELECT count(*) FROM orders)::int AS orders, (SELECT count(*) FROM order_lines)::int AS lines`,
    )
  ).rows;
  log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${counts.orders} orders, ${counts.lines} lines`);
}

/** What people type: parts of PO references and SKUs of the caller's orders, in any case. */
async function searchTerms(db, companyId) {
  const scope = companyId ? 'o.company_id = $1' : 'true';
  const params = companyId ? [companyId] : [];
  const po = await db.query(
    `SELECT o.purchase_order_reference AS ref FROM orders o
     WHERE ${scope} AND o.purchase_order_reference IS NOT NULL ORDER BY o.number DESC OFFSET 200 LIMIT 8`,
    params,
  );
  const sku = await db.query(
    `SELECT l.sku FROM orders o JOIN order_lines l ON l.order_id = o.id
     WHERE ${scope} ORDER BY o.number DESC, l.position OFFSET 300 LIMIT 8`,
    params,
  );
  return {
    // "PO-123456" → "po-123456", "Sykehus Bergen 17" → "bergen 17", "Prosjekt 4711/2024" → "4711/2024"
    po: po.rows.map(({ ref }) => (ref.startsWith('PO-') ? ref.toLowerCase() : ref.split(' ').slice(1).join(' '))),
    // "LT-10423" and "10423": the whole article number, and the digits people remember
    sku: sku.rows.map(({ sku }, i) => (i % 2 ? sku : sku.slice(3))),
  };
}

/**
 * The statements the API runs for each case, built by the API's own code (orders-sql.ts).
 * Asynchronous on purpose: a blocked event loop would miss the API closing an idle keep-alive
 * socket, and the next request would go out on the dead one.
 */
async function statementsOf(cases) {
  const { stdout } = await run(
    process.execPath,
    [
      '-r',
      'ts-node/register',
      '-r',
      'tsconfig-paths/register',
      join(root, 'tools/bench/orders-sql.ts'),
      JSON.stringify(cases),
    ],
    {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(root, 'tsconfig.base.json'),
        TS_NODE_TRANSPILE_ONLY: 'true',
        TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}',
      },
    },
  );
  return JSON.parse(stdout);
}

const round = (ms) => Math.round(ms * 100) / 100;

/** p50/p95/p99 of `work(i)` run RUNS times one after another, after `warm` runs to warm caches and plans. */
async function timed(work, warm) {
  for (let i = 0; i < warm; i++) await work(i);
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    await work(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
  };
}

/** CPU time (user + system, ms) of each process, from /proc: unlike wall time, other work on the box barely moves it. */
function cpuTimes(pids) {
  const times = new Map();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      times.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // clock ticks of 10 ms
    } catch {
      // the process has ended
    }
  }
  return times;
}

/**
 * One client, one request at a time: the latency a user of the page sees (a list must not be
 * empty), and the CPU the API process and its PostgreSQL backends spent per request.
 */
async function latency(env, db, token, paths) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const backends = async () =>
    (
      await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
    ).rows.map(({ pid }) => pid);
  const get = async (i) => {
    const path = paths[i % paths.length];
    const response = await fetch(`${env.baseUrl}${path}`, { headers });
    const body = await response.json();
    if (!response.ok || (token && !(body.items?.length > 0)))
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  };
  for (let i = 0; i < paths.length; i++) await get(i); // warm caches, plans and the pool
  const pgBefore = cpuTimes(await backends());
  const apiBefore = cpuTimes([env.apiPid]);
  const figures = await timed(get, 0);
  const spent = (before, after) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0) / RUNS;
  return {
    ...figures,
    apiCpu: round(spent(apiBefore, cpuTimes([env.apiPid]))),
    pgCpu: round(spent(pgBefore, cpuTimes(await backends()))),
  };
}

const env = await startBenchEnvironment({ database: 'lumen_bench_orders' });
const db = new pg.Client({ connectionString: env.databaseUrl });
await db.connect();
try {
  const [nordlys] = (
    await db.query(
      `SELECT c.id, u.id AS buyer_id FROM companies c JOIN users u ON u.company_id = c.id
       WHERE c.name = 'Nordlys Elektro AS' AND u.email = 'buyer@nordlys.test'`,
    )
  ).rows;
  const [{ existing }] = (await db.query('SELECT count(*)::int AS existing FROM orders')).rows;
  if (existing >= ORDERS) log(`database already has ${existing} orders`);
  else await seedOrders(db, nordlys.id, nordlys.buyer_id);

  const own = await searchTerms(db, nordlys.id);
  const all = await searchTerms(db, null);
  const company = (
    await db.query(`SELECT name FROM companies WHERE name LIKE 'Bench %' ORDER BY name OFFSET 40 LIMIT 4`)
  ).rows.map(({ name }) => name.split(' ').slice(1, 3).join(' ').toLowerCase()); // "elektro 041"
  const query = (params) => new URLSearchParams({ ...params, pageSize: '20' }).toString();
  const cases = [
    { title: 'history: page 1', limit: PAGE_LIMIT_MS, caller: 'buyer', list: 'history', terms: [{}] },
    {
      title: 'history: status delivered',
      limit: PAGE_LIMIT_MS,
      caller: 'buyer',
      list: 'history',
      terms: [{ status: 'delivered' }],
    },
    {
      title: 'history: search PO reference',
      limit: SEARCH_LIMIT_MS,
      caller: 'buyer',
      list: 'history',
      terms: own.po.map((q) => ({ q })),
    },
    {
      title: 'history: search SKU',
      limit: SEARCH_LIMIT_MS,
      caller: 'buyer',
      list: 'history',
      terms: own.sku.map((q) => ({ q })),
    },
    { title: 'desk: page 1 (all, newest)', limit: PAGE_LIMIT_MS, caller: 'consultant', list: 'desk', terms: [{}] },
    {
      title: 'desk: status placed (oldest)',
      limit: PAGE_LIMIT_MS,
      caller: 'consultant',
      list: 'desk',
      terms: [{ status: 'placed' }],
    },
    {
      title: 'desk: search PO reference',
      limit: SEARCH_LIMIT_MS,
      caller: 'consultant',
      list: 'desk',
      terms: all.po.map((q) => ({ q })),
    },
    {
      title: 'desk: search SKU',
      limit: SEARCH_LIMIT_MS,
      caller: 'consultant',
      list: 'desk',
      terms: all.sku.map((q) => ({ q })),
    },
    {
      title: 'desk: search company',
      limit: SEARCH_LIMIT_MS,
      caller: 'consultant',
      list: 'desk',
      terms: company.map((q) => ({ q })),
    },
  ];
  log(`search terms: history PO ${JSON.stringify(own.po)}, SKU ${JSON.stringify(own.sku)}`);
  log(
    `search terms: desk PO ${JSON.stringify(all.po)}, SKU ${JSON.stringify(all.sku)}, company ${JSON.stringify(company)}`,
  );

  const explained = await statementsOf(
    cases.flatMap((c) =>
      c.terms.map((terms) => ({
        title: c.title,
        list: c.list,
        companyId: c.list === 'history' ? nordlys.id : undefined,
        ...terms,
      })),
    ),
  );
  const statementsFor = (title) => explained.filter((e) => e.title === title).map((e) => e.statements);

  const tokens = {
    buyer: await login(env.baseUrl, 'buyer@nordlys.test'),
    consultant: await login(env.baseUrl, 'consultant@lumen.test'),
  };
  const rows = [];
  rows.push(await measure('GET /api/health (ceiling)', { url: `${env.baseUrl}/api/health` }));
  const floor = await latency(env, db, null, ['/api/health']);
  const row = (benchmark, limit, single, sql, loaded) => ({
    benchmark,
    'limit ms': limit ?? '',
    'p50 ms': single.p50,
    'p95 ms': single.p95,
    'p99 ms': single.p99,
    'p95/limit': limit ? round(single.p95 / limit) : '',
    'CPU ms/req API': single.apiCpu,
    'CPU ms/req PG': single.pgCpu,
    'SQL p50 ms': sql?.p50 ?? '',
    'SQL p95 ms': sql?.p95 ?? '',
    [`req/s ×${loaded.connections}`]: loaded['requests/s'],
    'p99 ms loaded': loaded['p99 ms'],
    'load avg': loaded['load avg'],
  });
  const table = [row('GET /api/health (floor: HTTP alone)', null, floor, null, rows[0])];
  for (const c of cases) {
    // The same statements straight on PostgreSQL, one after another: the database's share.
    const perTerm = statementsFor(c.title);
    const sql = await timed(async (i) => {
      for (const statement of perTerm[i % perTerm.length]) await db.query(statement.sql, statement.params);
    }, perTerm.length);
    const route = c.list === 'history' ? '/api/orders' : '/api/staff/orders';
    const paths = c.terms.map((params) => `${route}?${query(params)}`);
    const single = await latency(env, db, tokens[c.caller], paths);
    const loaded = await measure(c.title, {
      url: env.baseUrl,
      requests: paths.map((path) => ({ path })),
      headers: { authorization: `Bearer ${tokens[c.caller]}` },
    });
    table.push(
      row(`${c.title} (${c.terms.length} ${c.terms.length === 1 ? 'query' : 'terms'})`, c.limit, single, sql, loaded),
    );
  }
  printTable(rows);
  log(
    `one client, ${RUNS} requests per row (p50/p95/p99; SQL: the same statements on PostgreSQL), ` +
      `then ${rows[0].connections} clients for ${rows[0]['duration s']} s (req/s):`,
  );
  printTable(table);

  for (const c of cases) {
    const [statements] = statementsFor(c.title);
    for (const statement of statements) {
      const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
      log(
        `plan of "${c.title}", ${statement.name} (${JSON.stringify(statement.params)}):\n${plan.rows.map((row) => row['QUERY PLAN']).join('\n')}`,
      );
    }
  }
  const missed = table.filter((r) => r['limit ms'] && r['p95/limit'] > 1);
  log(missed.length === 0 ? 'every row met its limit at p95' : `NOT met: ${missed.map((r) => r.benchmark).join('; ')}`);
} finally {
  await db.end();
  await env.stop();
}
