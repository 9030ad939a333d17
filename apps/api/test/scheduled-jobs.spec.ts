import { QuoteExpiry } from '@lumen/api/quotes';
import { Client } from 'pg';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every worker of every instance runs the sweep timers; a round runs in one of them at a time
 * (runJobRound's advisory lock). Here another database session — another process, as far as
 * PostgreSQL can tell — holds the quote expiry round while this app's sweep ticks.
 */
describe('scheduled jobs across processes', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('skips a round another process is running, and runs the next one', async () => {
    const [{ id }] = await t.sql<{ id: string }>(
      `SELECT id FROM quotes WHERE status = 'answered' ORDER BY created_at LIMIT 1`,
    );
    await t.sql(`UPDATE quotes SET valid_until = now() - interval '1 minute' WHERE id = $1`, [id]);
    const status = async () =>
      (await t.sql<{ status: string }>(`SELECT status FROM quotes WHERE id = $1`, [id]))[0].status;
    const other = new Client({ connectionString: t.config.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('lumen-quote-expiry'))`);
      await expect(t.app.get(QuoteExpiry).sweep()).resolves.toBe(0);
      expect(await status()).toBe('answered');
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    await expect(t.app.get(QuoteExpiry).sweep()).resolves.toBeGreaterThanOrEqual(1);
    expect(await status()).toBe('expired');
  });
});
