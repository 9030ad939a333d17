#!/usr/bin/env node
// Health benchmark (issue 15): GET /api/health — the framework's floor, one `SELECT 1` through
// Nest — beside its limit row, a bare `node:http` + `pg` server running the same `SELECT 1` and
// answering the same JSON, in the same sitting; the ratio between them is the figure.
//
//   npm run bench -- health      (BENCH_CONNECTIONS=20 BENCH_DURATION=15; LUMEN_SKIP_BUILD=true reuses dist/)
// Goal: the route ≥ 60 % of its limit's requests/s.
import {
  captureRoutes,
  log,
  measureAgainstLimit,
  printTable,
  startBenchEnvironment,
  startLimitServer,
} from './support.mjs';

const env = await startBenchEnvironment({ database: 'lumen_bench_health', recordStatements: true });
let limit = null;
try {
  const routes = await captureRoutes(env, ['/api/health'], { maxStatements: 1 });
  log(`GET /api/health runs: ${routes['/api/health'].statements.map((s) => s.text).join('; ')}`);
  limit = await startLimitServer(env.databaseUrl, routes);
  printTable(
    await measureAgainstLimit('GET /api/health', { env, limit, requests: [{ path: '/api/health' }], goal: 0.6 }),
  );
} finally {
  await limit?.stop();
  await env.stop();
}
