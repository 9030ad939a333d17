import { CaseLinker } from '@lumen/api/service-desk';
import type { CaseDetail } from '@lumen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from './support/test-app';

/** CaseLinker, as after-sales calls it: inside the caller's transaction. */
describe('CaseLinker.openOrJoin', () => {
  let t: TestApp;
  let linker: CaseLinker;
  let buyer: string;
  let company: { id: string; userId: string };
  let orders: string[];

  beforeAll(async () => {
    t = await startTestApp();
    linker = t.app.get(CaseLinker);
    buyer = await t.http.tokenFor('buyer@nordlys.test');
    [company] = await t.sql<{ id: string; userId: string }>(
      `SELECT company_id AS id, id AS "userId" FROM users WHERE email = 'buyer@nordlys.test'`,
    );
    orders = (
      await t.sql<{ id: string }>(`SELECT id FROM orders WHERE company_id = $1 ORDER BY number LIMIT 2`, [company.id])
    ).map((o) => o.id);
    expect(orders).toHaveLength(2);
  });
  afterAll(() => t.close());

  const link = (kind: 'return' | 'warranty' | 'damage' | 'cancellation', number: string | null = null) => ({
    kind,
    id: randomUUID(),
    number,
  });
  const openOrJoin = (input: Partial<Parameters<CaseLinker['openOrJoin']>[1]> & { link: ReturnType<typeof link> }) =>
    t.dataSource.transaction((manager) =>
      linker.openOrJoin(manager, {
        companyId: company.id,
        userId: company.userId,
        category: 'return',
        orderId: orders[0],
        subject: 'Return RMA',
        message: 'Two drivers go back',
        ...input,
      }),
    );

  it('opens a case for the first flow of an order and joins it for the next of the same category', async () => {
    const first = link('return', 'RMA-000001');
    const second = link('return', 'RMA-000002');
    const caseId = await openOrJoin({ link: first });
    expect(await openOrJoin({ link: second, message: 'And one more' })).toBe(caseId);
    // Another category or another order opens its own.
    const warranty = await openOrJoin({ category: 'warranty', link: link('warranty', 'W-000001') });
    const otherOrder = await openOrJoin({ orderId: orders[1], link: link('return', 'RMA-000003') });
    expect(new Set([caseId, warranty, otherOrder]).size).toBe(3);

    const detail = await t.http.get<CaseDetail>(`/cases/${caseId}`, { token: buyer });
    expect(detail.status).toBe(200);
    expect(detail.body.messages.map((m) => m.body)).toEqual(['Two drivers go back', 'And one more']);
    expect(detail.body.linked).toEqual([
      { kind: 'return', id: first.id, number: 'RMA-000001' },
      { kind: 'return', id: second.id, number: 'RMA-000002' },
    ]);
    expect(detail.body).toMatchObject({ category: 'return', status: 'open', awaitingStaff: true, messageCount: 2 });
    expect(detail.body.order?.id).toBe(orders[0]);
  });

  it('opens a new case once the earlier one is resolved, and records nothing when the caller rolls back', async () => {
    const caseId = await openOrJoin({ category: 'damage', link: link('damage', 'D-000001') });
    await t.sql(`UPDATE cases SET status = 'resolved' WHERE id = $1`, [caseId]);
    const next = await openOrJoin({ category: 'damage', link: link('damage', 'D-000002') });
    expect(next).not.toBe(caseId);

    const [before] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_links`);
    await expect(
      t.dataSource.transaction(async (manager) => {
        await linker.openOrJoin(manager, {
          companyId: company.id,
          userId: company.userId,
          category: 'damage',
          orderId: orders[0],
          subject: 'x',
          message: 'y',
          link: link('damage'),
        });
        throw new Error('the caller fails after');
      }),
    ).rejects.toThrow('the caller fails after');
    const [after] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_links`);
    expect(after.n).toBe(before.n);
  });

  it('joins one case when two flows of the same order arrive at once', async () => {
    const ids = await Promise.all([
      openOrJoin({ category: 'cancellation', link: link('cancellation') }),
      openOrJoin({ category: 'cancellation', link: link('cancellation') }),
    ]);
    expect(ids[0]).toBe(ids[1]);
  });

  it('counts a staff member’s message (a refused cancellation) as the first answer', async () => {
    const [staff] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'consultant@lumen.test'`);
    const caseId = await openOrJoin({
      category: 'order_change',
      userId: staff.id,
      message: 'We could not cancel line 2: it is packed',
      link: link('cancellation'),
    });
    const detail = await t.http.get<CaseDetail>(`/cases/${caseId}`, { token: buyer });
    expect(detail.body.messages[0].author.staff).toBe(true);
    expect(detail.body.awaitingStaff).toBe(false);
    expect(detail.body.firstAnsweredAt).not.toBeNull();
  });
});
