#!/usr/bin/env node
// Catalog benchmark (issue 4): 100,000 products, a logged-in gold customer, pages of 24 with
// a search term, concurrent clients; GET /api/health on the same server as the ceiling. Each
// row has its limit row beside it (issue 15): a bare node:http + pg server replaying the
// statements the route ran warm (limit-server.mjs), measured in the same sitting, and the ratio.
//
//   npm run bench -- catalog        (BENCH_CONNECTIONS=20 BENCH_DURATION=15 BENCH_PRODUCTS=100000)
// Goals: search ≥ 50 % of its limit with p99 ≤ 50 ms at 20 connections and ≤ 3 statements;
// health ≥ 60 % of its limit; with LUMEN_WORKERS=2 the same searches ≥ 1.5× the single process.
import { loadDemoCatalog } from '../catalog/load-demo-catalog.mjs';
import {
  captureRoutes,
  log,
  login,
  measure,
  measureAgainstLimit,
  printTable,
  startApi,
  startBenchEnvironment,
  startLimitServer,
} from './support.mjs';

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
// What buyers type: product words, a word pair, an article-number prefix; first pages mostly.
const SEARCHES = [
  'q=downlight',
  'q=lyskaster&page=2',
  'q=led-panel%2060x60',
  'q=LT-104',
  'q=pendel%20opal',
  'q=dimbar%204000&page=3',
  'q=driver%20DALI',
  `q=${encodeURIComponent('utendørs')}`,
];

const env = await startBenchEnvironment({ recordStatements: true });
let limit = null;
try {
  await loadDemoCatalog(env.databaseUrl, PRODUCTS, log);
  const token = await login(env.baseUrl, 'buyer@nordlys.test');
  const headers = { authorization: `Bearer ${token}` };
  const paths = SEARCHES.map((search) => `/api/products?${search}&pageSize=24`);

  // Warm up and check what we are about to measure really is priced gold.
  const probe = await fetch(`${env.baseUrl}${paths[0]}`, { headers });
  const page = await probe.json();
  if (page.items?.[0]?.price?.tier !== 'gold')
    throw new Error(`unexpected catalog answer: ${JSON.stringify(page).slice(0, 300)}`);
  log(
    `"${SEARCHES[0]}" matches ${page.total} of ${PRODUCTS} products; first page is priced ${page.items[0].price.tier}`,
  );
  await measure('warm-up', { url: env.baseUrl, requests: paths.map((path) => ({ path })), headers, duration: 3 });

  // The limit row replays what each search ran warm (goal: ≤ 3 statements per search).
  const routes = await captureRoutes(env, paths, { headers, maxStatements: 3 });
  const counts = Object.values(routes).map((route) => route.statements.length);
  log(`statements per warm search: ${counts.join(', ')} (the principal lookup, then the page)`);
  limit = await startLimitServer(env.databaseUrl, routes);

  const health = await captureRoutes(env, ['/api/health'], { maxStatements: 1 });
  const healthLimit = await startLimitServer(env.databaseUrl, health);
  const rows = [];
  try {
    rows.push(
      ...(await measureAgainstLimit('GET /api/health', {
        env,
        limit: healthLimit,
        requests: [{ path: '/api/health' }],
        goal: 0.6,
      })),
    );
  } finally {
    await healthLimit.stop();
  }
  rows.push(
    ...(await measureAgainstLimit('GET /api/products, gold buyer, 24/page, search', {
      env,
      limit,
      requests: paths.map((path) => ({ path })),
      headers,
      goal: 0.5,
    })),
  );
  // All cores: the same searches against a second API on the same database with two workers.
  const clustered = await startApi(env.databaseUrl, { nodeFlags: env.nodeFlags, env: { LUMEN_WORKERS: '2' } });
  try {
    const single = rows[3];
    // Each worker fills its own caches (prices, the principal), as the single process did in its warm-up.
    await measure('warm-up', {
      url: clustered.baseUrl,
      requests: paths.map((path) => ({ path })),
      headers,
      duration: 5,
    });
    const workers = await measure('same search, LUMEN_WORKERS=2', {
      url: clustered.baseUrl,
      requests: paths.map((path) => ({ path })),
      headers,
    });
    const speedup = workers['requests/s'] / single['requests/s'];
    rows.push(workers, {
      benchmark: 'ratio 2 workers / 1 process (goal ≥ 1.5×)',
      'requests/s': `${speedup.toFixed(2)}×`,
      'p99 ms': `${workers['p99 ms']} vs ${single['p99 ms']}`,
    });
  } finally {
    await clustered.stop();
  }
  printTable(rows);
  log(`goal: search ≥ 50 % of its limit, p99 ≤ 50 ms at ${rows[3].connections} connections, ≤ 3 statements`);
} finally {
  await limit?.stop();
  await env.stop();
}
