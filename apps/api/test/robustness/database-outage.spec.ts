/**
 * PostgreSQL dies under load (issue 10, "Database outage"): `kill -9` of the cluster's
 * postmaster during checkouts, a restart on the same data and port 3 s later. While it is
 * away every request that needs it answers 503 with a stable code and `Retry-After` — never
 * 401 ("log in again"), never 500 — and /api/health says 503; sessions survive; the pool
 * reconnects by itself, and the service is back within 5 s of the database. Clients that
 * retry with their Idempotency-Keys lose no order.
 */
import { type ApiProcess, sleep, startApiProcess } from './support/api-process';
import { runCheckoutLoad, type Seen } from './support/checkout-load';
import { auditOrders } from './support/order-ledger';
import { startPostgresCluster, type PostgresCluster } from './support/postgres-cluster';
import { send } from './support/raw-http';
import { accessToken, createShoppers, orderableSkus } from './support/shoppers';

const SHOPPERS = 6;
const ORDERS_PER_SHOPPER = 40;
const KILL_AFTER = 60;
const OUTAGE_MS = 3_000;
const BACK_WITHIN_MS = 5_000;

interface HealthSeen {
  sent: number;
  answered: number;
  status: number;
  retryAfter?: string;
}

describe('database outage: kill -9 of the postmaster during checkouts', () => {
  let cluster: PostgresCluster;
  let api: ApiProcess;
  /** The kill and restart, running beside the load; awaited before the cluster is stopped. */
  let outage: Promise<void> | undefined;

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    // A new database: the API migrates it and seeds the demo data, as on a first `npm start`.
    api = await startApiProcess({ databaseUrl: cluster.url, env: { SEED_DEMO_DATA: 'true' } });
  }, 180_000);
  afterAll(async () => {
    await outage?.catch(() => undefined);
    await api?.stop();
    await cluster?.stop();
  });

  it('answers only 503s while PostgreSQL is away, keeps sessions and orders, and recovers by itself', async () => {
    const shoppers = await createShoppers(cluster.sql, api.origin, SHOPPERS, 'outage');
    const skus = await orderableSkus(cluster.sql);
    const session = await accessToken(api.origin, 'admin@nordlys.test');
    const me = () =>
      send(api.origin, { method: 'GET', path: '/api/me', headers: { authorization: `Bearer ${session}` } });

    const health: HealthSeen[] = [];
    let watching = true;
    const watchHealth = (async () => {
      while (watching) {
        const sent = Date.now();
        const answer = await send(api.origin, { method: 'GET', path: '/api/health' }, 10_000).catch(() => undefined);
        const retryAfter = answer?.headers['retry-after'];
        health.push({
          sent,
          answered: Date.now(),
          status: answer?.status ?? 0,
          ...(typeof retryAfter === 'string' ? { retryAfter } : {}),
        });
        await sleep(100);
      }
    })();

    let killedAt = 0;
    let restartedAt = 0;
    let databaseBackAt = 0;
    let meDuringOutage = 0;
    const killAndRestart = async () => {
      cluster.killPostmaster();
      killedAt = Date.now();
      await sleep(OUTAGE_MS);
      meDuringOutage = (await me()).status;
      restartedAt = Date.now();
      await cluster.restart();
      databaseBackAt = Date.now();
    };
    const result = await runCheckoutLoad({
      origin: api.origin,
      shoppers,
      ordersPerShopper: ORDERS_PER_SHOPPER,
      skus,
      keyPrefix: 'outage',
      onOrder: (answered) => {
        if (answered >= KILL_AFTER) outage ??= killAndRestart();
      },
    }).catch((error: Error) => {
      watching = false;
      throw new Error(`${error.message}\n--- the API's log ---\n${api.output().slice(-6_000)}`);
    });
    await outage;
    // The load may finish before health has seen the database back: watch until it has.
    while (!health.some((seen) => seen.sent >= databaseBackAt && seen.status === 200)) await sleep(100);
    watching = false;
    await watchHealth;

    const refusals = result.seen.filter((seen) => seen.status >= 300 || seen.status === 0);
    const backAt = health.find((seen) => seen.sent >= databaseBackAt && seen.status === 200)?.answered ?? 0;
    // Health checks sent well after the kill and answered before the restart began: PostgreSQL was surely away.
    const whileAway = health.filter((seen) => seen.sent > killedAt + 1_000 && seen.answered < restartedAt);
    const ledger = await auditOrders(
      cluster.sql,
      shoppers.map((shopper) => shopper.userId),
      result.orders,
    );
    process.stdout.write(
      `\n[outage] postmaster killed after ${KILL_AFTER} orders, accepting connections again ${databaseBackAt - killedAt} ms later; ` +
        `${result.requests} checkout requests, ${refusals.length} refused: ${tally(refusals)}\n` +
        `[outage] /api/health: ${whileAway.length} checks while away all ${tally(whileAway)}; 200 again ` +
        `${backAt - databaseBackAt} ms after the database was back (allowed ${BACK_WITHIN_MS} ms)\n` +
        `[outage] the session during the outage: /api/me ${meDuringOutage}, after: the same token works\n` +
        `[outage] orders ${ledger.answered} answered, ${ledger.inDatabase} in the database: lost ${ledger.lost}, ` +
        `duplicated ${ledger.duplicated}, half-written ${ledger.halfWritten}\n`,
    );

    // Only "try again later": a 503 with a stable code and Retry-After; never 401, never 500, never silence.
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.filter((seen) => !(seen.status === 503 && seen.retryAfter && seen.code))).toEqual([]);
    expect(new Set(refusals.map((seen) => seen.code))).toEqual(new Set(['service_unavailable']));
    expect(whileAway.length).toBeGreaterThan(0);
    expect(whileAway.filter((seen) => seen.status !== 503 || !seen.retryAfter)).toEqual([]);
    expect(backAt - databaseBackAt).toBeLessThanOrEqual(BACK_WITHIN_MS);
    expect(meDuringOutage).toBe(503);
    expect((await me()).status).toBe(200);
    expect(ledger).toEqual({
      answered: SHOPPERS * ORDERS_PER_SHOPPER,
      inDatabase: SHOPPERS * ORDERS_PER_SHOPPER,
      lost: 0,
      duplicated: 0,
      halfWritten: 0,
    });
  }, 300_000);
});

function tally(seen: (Seen | HealthSeen)[]): string {
  const counts = new Map<string, number>();
  for (const one of seen) {
    const label = `${one.status}${'code' in one && one.code ? ` ${one.code}` : ''}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts].map(([label, n]) => `${n} × ${label}`).join(', ') || 'none';
}
