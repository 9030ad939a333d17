/**
 * The crash test (ARCHITECTURE.md "Tests": robustness): the real API in its own process, 240
 * checkouts with Idempotency-Keys from 8 shoppers at once, `kill -9` of the API when 100 are
 * answered, a restart on the same database and port, and every unanswered request retried with
 * its key. Afterwards the database must hold exactly the answered orders: none lost, none
 * twice, none half-written (without lines, figures that do not add up, or no confirmation).
 */
import { type ApiProcess, startApiProcess } from './support/api-process';
import { runCheckoutLoad } from './support/checkout-load';
import { auditOrders } from './support/order-ledger';
import { createShoppers, orderableSkus } from './support/shoppers';
import { startTestApp, type TestApp } from '../support/test-app';

const SHOPPERS = 8;
const ORDERS_PER_SHOPPER = 30;
const KILL_AFTER = 100;

describe('crash: kill -9 of the API during checkouts', () => {
  let t: TestApp;
  let api: ApiProcess;

  beforeAll(async () => {
    t = await startTestApp();
    api = await startApiProcess({ databaseUrl: t.config.databaseUrl });
  }, 180_000);
  afterAll(async () => {
    await api?.stop();
    await t?.close();
  });

  it('loses, doubles and half-writes no order when the API dies mid-checkout', async () => {
    const shoppers = await createShoppers(t.sql, api.origin, SHOPPERS, 'crash');
    const skus = await orderableSkus(t.sql);
    let crash: Promise<number> | undefined;
    // Kill, then start a new process on the same data and port; answers how long it was away.
    const crashAndRestart = async () => {
      await api.kill();
      const killedAt = Date.now();
      api = await startApiProcess({ databaseUrl: t.config.databaseUrl, port: api.port });
      return Date.now() - killedAt;
    };
    const result = await runCheckoutLoad({
      origin: api.origin,
      shoppers,
      ordersPerShopper: ORDERS_PER_SHOPPER,
      skus,
      keyPrefix: 'crash',
      onOrder: (answered) => {
        if (answered >= KILL_AFTER) crash ??= crashAndRestart();
      },
    });
    const downMs = await crash;
    const ledger = await auditOrders(
      t.sql,
      shoppers.map((shopper) => shopper.userId),
      result.orders,
    );
    const unanswered = result.seen.filter((seen) => seen.status === 0).length;
    process.stdout.write(
      `\n[crash] ${result.orders.size} checkouts by ${SHOPPERS} shoppers, kill -9 after ${KILL_AFTER}, ` +
        `API back after ${downMs} ms; ${result.requests} requests, ${unanswered} unanswered (cut off or refused while down), ` +
        `${result.retried} retried (${result.replayed} answered from the key: committed before the kill)\n` +
        `[crash] orders in the database ${ledger.inDatabase}: lost ${ledger.lost}, duplicated ` +
        `${ledger.duplicated}, half-written ${ledger.halfWritten}\n`,
    );
    // The kill must have cut requests off, or the test proved nothing.
    expect(unanswered).toBeGreaterThan(0);
    expect(ledger).toEqual({
      answered: SHOPPERS * ORDERS_PER_SHOPPER,
      inDatabase: SHOPPERS * ORDERS_PER_SHOPPER,
      lost: 0,
      duplicated: 0,
      halfWritten: 0,
    });
  }, 300_000);
});
