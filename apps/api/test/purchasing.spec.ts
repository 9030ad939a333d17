import { ApprovalSweep } from '@lumen/api/purchasing';
import type {
  ApiErrorDetail,
  ApprovalRule,
  ApprovalsPage,
  Budget,
  Cart,
  OrderApproval,
  OrderApprovalAnswer,
  OrderAfterSales,
  OrderDeskPage,
  OrderDetail,
  PurchasingCheck,
} from '@lumen/shared/contracts';
import { insertProducts } from './quick-order-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

type Answer<T> = T & { code?: string; details?: ApiErrorDetail[] };

describe('purchasing controls over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let purchaser: string;
  let buyer: string;
  let viewer: string;
  let consultant: string;
  let companyId: string;
  let addressId: string;
  let roles: Record<string, string>;
  let users: Record<string, string>;
  let keys = 0;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'PC-BIG-1', listPriceOre: 3_000_000 },
      { sku: 'PC-SMALL-1', listPriceOre: 200_000 },
    ]);
    [admin, purchaser, buyer, viewer, consultant] = await Promise.all(
      [
        'admin@nordlys.test',
        'purchaser@nordlys.test',
        'buyer@nordlys.test',
        'viewer@nordlys.test',
        'consultant@lumen.test',
      ].map((email) => t.http.tokenFor(email)),
    );
    [{ id: companyId }] = await t.sql<{ id: string }>(`SELECT id FROM companies WHERE name = 'Nordlys Elektro AS'`);
    [{ id: addressId }] = await t.sql<{ id: string }>(
      `SELECT id FROM addresses WHERE company_id = $1 AND kind = 'delivery' AND is_default`,
      [companyId],
    );
    roles = Object.fromEntries(
      (
        await t.sql<{ built_in_key: string; id: string }>(
          `SELECT built_in_key, id FROM roles WHERE built_in_key IS NOT NULL`,
        )
      ).map((r) => [r.built_in_key, r.id]),
    );
    users = Object.fromEntries(
      (
        await t.sql<{ email: string; id: string }>(`SELECT email, id FROM users WHERE company_id = $1`, [companyId])
      ).map((u) => [u.email.split('@')[0], u.id]),
    );
    // Whatever the demo data holds, each test sets the controls it needs.
    await clearControls();
  });
  afterAll(() => t.close());

  async function clearControls() {
    await t.sql(`DELETE FROM approval_rules`);
    await t.sql(`UPDATE budgets SET active = false`);
  }

  const fill = async (token: string, sku: string, quantity = 1) => {
    const cart = await t.http.get<Cart>('/cart', { token });
    for (const item of cart.body.items) await t.http.delete(`/cart/items/${item.id}`, { token });
    const response = await t.http.post('/quick-order/cart', { items: [{ sku, quantity }] }, { token });
    expect(response.status).toBe(200);
  };
  const checkout = (token: string, body: object = {}) =>
    t.http.post<Answer<OrderDetail>>(
      '/orders',
      { deliveryAddressId: addressId, shippingMethod: 'standard', ...body },
      { token, headers: { 'idempotency-key': `purchasing-${++keys}-${Date.now()}` } },
    );
  const order = async (token: string, sku = 'PC-BIG-1', body: object = {}) => {
    await fill(token, sku);
    const response = await checkout(token, body);
    expect(response.status).toBe(201);
    return response.body;
  };
  const rule = async (body: object) => {
    const response = await t.http.post<Answer<ApprovalRule>>(
      '/company/approval-rules',
      {
        name: 'Store innkjøp',
        appliesToRoleIds: [],
        aboveNetOre: null,
        approverRoleId: null,
        approverUserIds: [],
        ...body,
      },
      { token: admin },
    );
    expect(response.status).toBe(201);
    return response.body;
  };
  const approvalOf = async (orderId: string) =>
    (await t.http.get<OrderApprovalAnswer>(`/orders/${orderId}/approval`, { token: admin })).body
      .approval as OrderApproval;
  const approve = (token: string, id: string) =>
    t.http.post<Answer<OrderApproval>>(`/approvals/${id}/approve`, undefined, { token });
  const reject = (token: string, id: string, reason?: string) =>
    t.http.post<Answer<OrderApproval>>(`/approvals/${id}/reject`, reason === undefined ? {} : { reason }, { token });
  const statusOf = async (orderId: string) =>
    (await t.sql<{ status: string }>(`SELECT status FROM orders WHERE id = $1`, [orderId]))[0].status;
  const mails = (orderNumberOrLink: string | number) =>
    t.sql<{ kind: string; recipient: string; subject: string; body: string }>(
      `SELECT kind, recipient, subject, body FROM outbox_messages WHERE subject LIKE $1 OR body LIKE $1 ORDER BY created_at`,
      [`%${orderNumberOrLink}%`],
    );

  describe('approval rules', () => {
    afterEach(clearControls);

    it('keeps a rule for purchasers above an amount, approved by a role, audited', async () => {
      const created = await rule({
        appliesToRoleIds: [roles['purchaser']],
        aboveNetOre: 2_000_000,
        approverRoleId: roles['admin'],
      });
      expect(created).toMatchObject({ aboveNetOre: 2_000_000, approverNames: [expect.any(String)] });
      const list = await t.http.get<ApprovalRule[]>('/company/approval-rules', { token: viewer });
      expect(list.body.map((r) => r.id)).toEqual([created.id]);
      const patched = await t.http.patch<ApprovalRule>(
        `/company/approval-rules/${created.id}`,
        { aboveNetOre: 5_000_000 },
        { token: admin },
      );
      expect(patched.body.aboveNetOre).toBe(5_000_000);
      expect((await t.http.delete(`/company/approval-rules/${created.id}`, { token: admin })).status).toBe(204);
      const audit = await t.sql<{ action: string }>(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`,
        [created.id],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'approval_rule.created',
        'approval_rule.updated',
        'approval_rule.deleted',
      ]);
    });

    it('refuses a rule with no approvers, a negative amount, and a role or user of another company; nothing written', async () => {
      const post = (body: object) =>
        t.http.post<Answer<unknown>>(
          '/company/approval-rules',
          { name: 'x', appliesToRoleIds: [], aboveNetOre: null, approverRoleId: null, approverUserIds: [], ...body },
          { token: admin },
        );
      const none = await post({});
      expect([none.status, none.body.code]).toEqual([422, 'approval_rule_without_approvers']);
      const negative = await post({ aboveNetOre: -1, approverRoleId: roles['admin'] });
      expect([negative.status, negative.body.code]).toEqual([400, 'validation_failed']);
      expect(negative.body.details?.[0].field).toBe('aboveNetOre');
      const [{ id: fjordAdmin }] = await t.sql<{ id: string }>(
        `SELECT id FROM users WHERE email = 'admin@fjordbygg.test'`,
      );
      const stranger = await post({ approverUserIds: [fjordAdmin] });
      expect([stranger.status, stranger.body.details?.[0].code]).toEqual([400, 'unknown_user']);
      // A PATCH that takes the last approver away is refused the same way.
      const kept = await rule({ approverUserIds: [users['admin']] });
      const emptied = await t.http.patch<Answer<unknown>>(
        `/company/approval-rules/${kept.id}`,
        { approverUserIds: [] },
        { token: admin },
      );
      expect([emptied.status, emptied.body.code]).toEqual([422, 'approval_rule_without_approvers']);
      expect(await t.sql(`SELECT 1 FROM approval_rules`)).toHaveLength(1);
    });

    it('leaves rules and budgets to purchasing.manage', async () => {
      const response = await t.http.post('/company/approval-rules', {}, { token: buyer });
      expect(response.status).toBe(403);
      expect((await t.http.post('/company/budgets', {}, { token: purchaser })).status).toBe(403);
    });
  });

  describe('an order above a rule', () => {
    let held: OrderDetail;
    let approval: OrderApproval;

    beforeAll(async () => {
      await rule({ appliesToRoleIds: [roles['purchaser']], aboveNetOre: 2_000_000, approverRoleId: roles['admin'] });
      held = await order(purchaser);
      approval = await approvalOf(held.id);
    });
    afterAll(clearControls);

    it('waits for approval at its prices, e-mails the approvers with a link, sends no confirmation yet', async () => {
      expect(held.status).toBe('awaiting_approval');
      expect(approval).toMatchObject({ status: 'pending', orderNumber: held.number, canDecide: true });
      expect(new Date(approval.holdUntil).getTime() - new Date(approval.requestedAt).getTime()).toBeGreaterThan(
        6.9 * 86_400_000,
      );
      const sent = await mails(held.number);
      expect(sent.map((m) => [m.kind, m.recipient])).toEqual([['approval_requested', 'admin@nordlys.test']]);
      expect(sent[0].body).toContain(`http://portal.test/approvals/${approval.id}`);
    });

    it('shows before placing that a large order would need the admin', async () => {
      await fill(purchaser, 'PC-BIG-1');
      const check = await t.http.get<PurchasingCheck>(`/cart/purchasing-check?shippingMethod=standard`, {
        token: purchaser,
      });
      expect(check.status).toBe(200);
      expect(check.body.approvals).toEqual([
        expect.objectContaining({ kind: 'rule', label: 'Store innkjøp', approverNames: [expect.any(String)] }),
      ]);
      expect(check.body.refused).toBe(false);
    });

    it('is not on the staff order desk, nor in its count', async () => {
      const desk = await t.http.get<OrderDeskPage>(`/staff/orders?q=${held.number}`, { token: consultant });
      expect(desk.body.items).toEqual([]);
      const all = await t.http.get<OrderDeskPage>(`/staff/orders`, { token: consultant });
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM orders WHERE status <> 'awaiting_approval'`,
      );
      expect(all.body.total).toBe(n);
      // The confirm of the desk cannot reach it either.
      expect((await t.http.post(`/staff/orders/${held.id}/confirm`, undefined, { token: consultant })).status).toBe(
        409,
      );
    });

    it('cannot be cancelled line by line while it waits: its approver rejects it instead', async () => {
      const lines = await t.http.get<OrderAfterSales>(`/orders/${held.id}/after-sales`, { token: purchaser });
      expect(lines.body.lines.every((line) => line.cancellableQuantity === 0)).toBe(true);
      const refused = await t.http.post(
        `/orders/${held.id}/lines/${lines.body.lines[0].orderLineId}/cancel-request`,
        { quantity: 1 },
        { token: purchaser },
      );
      expect([refused.status, refused.body.code]).toEqual([409, 'after_sales_transition_not_allowed']);
      expect(await t.sql(`SELECT 1 FROM cancellations WHERE order_id = $1`, [held.id])).toEqual([]);
      expect(await statusOf(held.id)).toBe('awaiting_approval');
    });

    it('lists it for the admin with counts, not for the orderer or the viewer', async () => {
      const forAdmin = await t.http.get<ApprovalsPage>('/approvals', { token: admin });
      expect(forAdmin.body.items.map((a) => a.id)).toContain(approval.id);
      expect(forAdmin.body.counts.awaitingYou).toBe(forAdmin.body.items.length);
      const forPurchaser = await t.http.get<ApprovalsPage>('/approvals', { token: purchaser });
      expect(forPurchaser.body.items).toEqual([]);
      expect(forPurchaser.body.counts.pending).toBeGreaterThanOrEqual(1);
    });

    it('refuses the orderer and a user who is no approver, with stable codes', async () => {
      const own = await approve(purchaser, approval.id);
      expect([own.status, own.body.code]).toEqual([403, 'approver_is_orderer']);
      const notMine = await approve(viewer, approval.id);
      expect([notMine.status, notMine.body.code]).toEqual([403, 'not_an_approver']);
      const noReason = await reject(admin, approval.id);
      expect([noReason.status, noReason.body.code]).toEqual([400, 'validation_failed']);
      expect(await statusOf(held.id)).toBe('awaiting_approval');
    });

    it('is placed by the approval: confirmation e-mail, audited, then on the desk; approving twice is refused', async () => {
      const approved = await approve(admin, approval.id);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', decidedBy: expect.any(String), canDecide: false });
      expect(approved.body.steps[0]).toMatchObject({ approvedBy: expect.any(String), approvedAt: expect.any(String) });
      expect(await statusOf(held.id)).toBe('placed');
      expect((await mails(held.number)).map((m) => m.kind)).toEqual(['approval_requested', 'order_confirmation']);
      const desk = await t.http.get<OrderDeskPage>(`/staff/orders?q=${held.number}`, { token: consultant });
      expect(desk.body.items.map((o) => o.id)).toEqual([held.id]);
      const again = await approve(admin, approval.id);
      expect([again.status, again.body.code]).toEqual([409, 'approval_already_decided']);
      const audit = await t.sql<{ action: string }>(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`,
        [approval.id],
      );
      expect(audit.map((a) => a.action)).toEqual(['approval.requested', 'approval.step_approved', 'approval.approved']);
    });

    it('lets an order below the amount through as usual', async () => {
      const small = await order(purchaser, 'PC-SMALL-1');
      expect(small.status).toBe('placed');
      expect((await approvalOf(small.id)) ?? null).toBeNull();
    });
  });

  describe('several rules', () => {
    afterAll(clearControls);

    it('need one approval each, in any order; one approver cannot approve twice', async () => {
      await rule({ name: 'Alle ordre', approverRoleId: roles['admin'] });
      await rule({ name: 'Innkjøpsleder', approverUserIds: [users['buyer']] });
      const held = await order(purchaser, 'PC-SMALL-1');
      const { id, steps } = await approvalOf(held.id);
      expect(steps.map((s) => s.label)).toEqual(['Alle ordre', 'Innkjøpsleder']);
      const byBuyer = await approve(buyer, id);
      expect(byBuyer.body.status).toBe('pending');
      const twice = await approve(buyer, id);
      expect([twice.status, twice.body.code]).toEqual([409, 'approval_already_decided']);
      expect(await statusOf(held.id)).toBe('awaiting_approval');
      const byAdmin = await approve(admin, id);
      expect(byAdmin.body.status).toBe('approved');
      expect(await statusOf(held.id)).toBe('placed');
    });
  });

  describe('rejection, races and expiry', () => {
    beforeAll(() => rule({ approverUserIds: [users['admin'], users['buyer']] }));
    afterAll(clearControls);

    it('a rejection with its reason cancels the order, tells the orderer and releases the budget', async () => {
      const { id: budgetId } = (
        await t.http.post<Budget>(
          '/company/budgets',
          { period: 'month', deliveryAddressId: null, amountOre: 900_000_000, overBudget: 'refuse' },
          { token: admin },
        )
      ).body;
      const budgetSpent = async () =>
        (await t.http.get<Budget[]>('/company/budgets', { token: viewer })).body.find((b) => b.id === budgetId)
          ?.spentOre;
      const before = await budgetSpent();
      const held = await order(purchaser);
      expect(await budgetSpent()).toBe((before ?? 0) + held.totals.netOre);
      const { id } = await approvalOf(held.id);
      const rejected = await reject(admin, id, 'Vi har dette på lager');
      expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Vi har dette på lager' });
      expect(await statusOf(held.id)).toBe('cancelled');
      expect(await budgetSpent()).toBe(before);
      const toOrderer = (await mails(held.number)).filter((m) => m.recipient === 'purchaser@nordlys.test');
      expect(toOrderer.map((m) => m.kind)).toEqual(['approval_rejected']);
      expect(toOrderer[0].body).toContain('Vi har dette på lager');
      await t.sql(`UPDATE budgets SET active = false WHERE id = $1`, [budgetId]);
    });

    it('approving and rejecting at once: one decision wins, the other is refused, nothing half-written', async () => {
      const held = await order(purchaser);
      const { id } = await approvalOf(held.id);
      const [approved, rejected] = await Promise.all([approve(admin, id), reject(buyer, id, 'Nei')]);
      expect([approved.status, rejected.status].sort()).toEqual([200, 409]);
      const loser = approved.status === 409 ? approved : rejected;
      expect(loser.body.code).toBe('approval_already_decided');
      const [row] = await t.sql<{ status: string; approval: string; cancelled: number }>(
        `SELECT o.status, a.status AS approval,
                (SELECT count(*)::int FROM order_lines l WHERE l.order_id = o.id AND l.cancelled_quantity > 0) AS cancelled
         FROM orders o JOIN order_approvals a ON a.order_id = o.id WHERE o.id = $1`,
        [held.id],
      );
      expect(row).toEqual(
        approved.status === 200
          ? { status: 'placed', approval: 'approved', cancelled: 0 }
          : { status: 'cancelled', approval: 'rejected', cancelled: 1 },
      );
    });

    it('an approval after the hold ran out is refused and the order expires; the sweep expires the rest', async () => {
      const late = await order(purchaser);
      const forgotten = await order(purchaser);
      const lateApproval = await approvalOf(late.id);
      const forgottenApproval = await approvalOf(forgotten.id);
      await t.sql(`UPDATE order_approvals SET hold_until = now() - interval '1 minute' WHERE id = ANY ($1::uuid[])`, [
        [lateApproval.id, forgottenApproval.id],
      ]);
      const tooLate = await approve(admin, lateApproval.id);
      expect([tooLate.status, tooLate.body.code]).toEqual([409, 'approval_expired']);
      expect(await statusOf(late.id)).toBe('cancelled');
      const again = await approve(admin, lateApproval.id);
      expect([again.status, again.body.code]).toEqual([409, 'approval_expired']);
      // The forgotten one is the sweep's, once; a second round finds nothing.
      expect(await statusOf(forgotten.id)).toBe('awaiting_approval');
      const sweep = t.app.get(ApprovalSweep);
      expect(await sweep.sweep()).toBe(1);
      expect(await sweep.sweep()).toBe(0);
      expect(await statusOf(forgotten.id)).toBe('cancelled');
      for (const expired of [late, forgotten]) {
        const kinds = (await mails(expired.number))
          .filter((m) => m.recipient === 'purchaser@nordlys.test')
          .map((m) => m.kind);
        expect(kinds).toEqual(['approval_expired']);
      }
    });

    it('holds quote checkouts by the same rules', async () => {
      const [quote] = await t.sql<{ id: string }>(
        `SELECT q.id FROM quotes q WHERE q.company_id = $1 AND q.status = 'accepted'
           AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.quote_id = q.id) LIMIT 1`,
        [companyId],
      );
      if (!quote) throw new Error('the demo data has an accepted, unordered quote of Nordlys');
      // Access notes, in case the quote has bulky goods.
      const response = await checkout(buyer, { quoteId: quote.id, accessNotes: { access: 'street_level' } });
      expect([response.status, response.body.code]).toEqual([201, undefined]);
      expect(response.body.status).toBe('awaiting_approval');
    });
  });

  describe('budgets', () => {
    let siteId: string;

    beforeAll(async () => {
      [{ id: siteId }] = await t.sql<{ id: string }>(
        `INSERT INTO addresses (company_id, kind, label, line1, postal_code, city, country, is_default)
         SELECT company_id, 'delivery', 'Racelager', 'Raceveien 1', postal_code, city, country, false
         FROM addresses WHERE id = $1 RETURNING id`,
        [addressId],
      );
    });
    afterAll(clearControls);

    it('refuses an order over a refusing budget with budget_exceeded, nothing written; shows what is left', async () => {
      const created = await t.http.post<Budget>(
        '/company/budgets',
        { period: 'quarter', deliveryAddressId: siteId, amountOre: 100_000, overBudget: 'refuse' },
        { token: admin },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ spentOre: 0, remainingOre: 100_000, deliveryAddressLabel: 'Racelager' });
      await fill(purchaser, 'PC-SMALL-1');
      const check = await t.http.get<PurchasingCheck>(
        `/cart/purchasing-check?shippingMethod=standard&deliveryAddressId=${siteId}`,
        {
          token: purchaser,
        },
      );
      expect(check.body).toMatchObject({
        refused: true,
        budgets: [expect.objectContaining({ remainingOre: 100_000, verdict: 'refused' })],
      });
      const [{ n: before }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM orders`);
      const refused = await checkout(purchaser, { deliveryAddressId: siteId });
      expect([refused.status, refused.body.code]).toEqual([422, 'budget_exceeded']);
      expect((await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM orders`))[0].n).toBe(before);
      const negative = await t.http.patch<Answer<unknown>>(
        `/company/budgets/${created.body.id}`,
        { amountOre: -5 },
        { token: admin },
      );
      expect([negative.status, negative.body.details?.[0].field]).toEqual([400, 'amountOre']);
      // Over a budget that asks for approval, the order waits for the purchasing managers instead.
      await t.http.patch(`/company/budgets/${created.body.id}`, { overBudget: 'needs_approval' }, { token: admin });
      const held = await checkout(purchaser, { deliveryAddressId: siteId });
      expect(held.body.status).toBe('awaiting_approval');
      const approval = await approvalOf(held.body.id);
      expect(approval.steps).toEqual([
        expect.objectContaining({ kind: 'budget', budgetPeriod: 'quarter', approverNames: [expect.any(String)] }),
      ]);
      expect((await reject(admin, approval.id, 'Over budsjett')).status).toBe(200);
      await t.http.patch(`/company/budgets/${created.body.id}`, { active: false }, { token: admin });
    });

    it('lets exactly one of 20 racing checkouts take the last of a budget', async () => {
      const racers = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const email = `racer-${i}@nordlys.test`;
          const [{ id }] = await t.sql<{ id: string }>(
            `INSERT INTO users (company_id, email, name, password_hash)
             SELECT company_id, $1, $2, password_hash FROM users WHERE email = 'purchaser@nordlys.test' RETURNING id`,
            [email, `Racer ${i}`],
          );
          await t.sql(`INSERT INTO user_roles (user_id, role_id) VALUES ($1, $2)`, [id, roles['purchaser']]);
          const token = await t.http.tokenFor(email);
          await fill(token, 'PC-SMALL-1');
          return token;
        }),
      );
      await fill(purchaser, 'PC-SMALL-1');
      const net = (
        await t.http.get<PurchasingCheck>(
          `/cart/purchasing-check?shippingMethod=standard&deliveryAddressId=${siteId}`,
          { token: purchaser },
        )
      ).body.netOre;
      // Room for one order and a little more, not for two.
      const budget = await t.http.post<Budget>(
        '/company/budgets',
        { period: 'month', deliveryAddressId: siteId, amountOre: net + net / 2, overBudget: 'refuse' },
        { token: admin },
      );
      const answers = await Promise.all(racers.map((token) => checkout(token, { deliveryAddressId: siteId })));
      expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 422 && a.body.code === 'budget_exceeded')).toHaveLength(19);
      const after = (await t.http.get<Budget[]>('/company/budgets', { token: admin })).body.find(
        (b) => b.id === budget.body.id,
      );
      expect(after?.spentOre).toBe(net);
    });

    it('answers another company’s budget as not found', async () => {
      const fjord = await t.http.tokenFor('admin@fjordbygg.test');
      const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM budgets WHERE company_id = $1 LIMIT 1`, [companyId]);
      const response = await t.http.patch(`/company/budgets/${id}`, { amountOre: 5 }, { token: fjord });
      expect(response.status).toBe(404);
    });
  });
});

describe('the demo purchasing controls', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('seed a rule for large purchaser orders, a monthly budget and one large order waiting for the admin', async () => {
    const [order] = await t.sql<{ status: string; net_ore: number; email: string }>(
      `SELECT o.status, o.net_ore, u.email FROM orders o JOIN users u ON u.id = o.placed_by_user_id
       WHERE o.status = 'awaiting_approval'`,
    );
    expect(order).toMatchObject({ status: 'awaiting_approval', email: 'purchaser@nordlys.test' });
    expect(order.net_ore).toBeGreaterThan(2_000_000);
    const admin = await t.http.tokenFor('admin@nordlys.test');
    const page = await t.http.get<ApprovalsPage>('/approvals', { token: admin });
    expect(page.body.items).toEqual([
      expect.objectContaining({ steps: [expect.objectContaining({ label: 'Store innkjøp' })] }),
    ]);
    const budgets = await t.http.get<Budget[]>('/company/budgets', { token: admin });
    expect(budgets.body).toEqual([expect.objectContaining({ period: 'month', overBudget: 'needs_approval' })]);
  });
});
