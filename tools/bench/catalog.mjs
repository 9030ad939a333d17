#!/usr/bin/env node
// Catalog benchmark (issue 4): 100,000 products, a logged-in gold customer, pages of 24 with
// a search term, concurrent clients; GET /api/health on the same server as the ceiling.
//
//   npm run bench -- catalog        (BENCH_CONNECTIONS=20 BENCH_DURATION=15 BENCH_PRODUCTS=100000)
// Goal: ≥ 1,500 requests/s with p99 ≤ 50 ms on 2 cores.
import { loadDemoCatalog } from '../catalog/load-demo-catalog.mjs';
import { log, login, measure, printTable, startBenchEnvironment } from './support.mjs';

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

const env = await startBenchEnvironment();
try {
  await loadDemoCatalog(env.databaseUrl, PRODUCTS, log);
  const token = await login(env.baseUrl, 'buyer@nordlys.test');
  const headers = { authorization: `Bearer ${token}` };

  // Warm up and check what we are about to measure really is priced gold.
  const probe = await fetch(`${env.baseUrl}/api/products?${SEARCHES[0]}&pageSize=24`, { headers });
  const page = await probe.json();
  if (page.items?.[0]?.price?.tier !== 'gold')
    throw new Error(`unexpected catalog answer: ${JSON.stringify(page).slice(0, 300)}`);
  log(
    `"${SEARCHES[0]}" matches ${page.total} of ${PRODUCTS} products; first page is priced ${page.items[0].price.tier}`,
  );
  await measure('warm-up', {
    url: env.baseUrl,
    requests: SEARCHES.map((s) => ({ path: `/api/products?${s}&pageSize=24` })),
    headers,
    duration: 3,
  });

  const rows = [];
  rows.push(await measure('GET /api/health (ceiling)', { url: `${env.baseUrl}/api/health` }));
  rows.push(
    await measure('GET /api/products, gold buyer, 24/page, search', {
      url: env.baseUrl,
      requests: SEARCHES.map((search) => ({ path: `/api/products?${search}&pageSize=24` })),
      headers,
    }),
  );
  printTable(rows);
} finally {
  await env.stop();
}
