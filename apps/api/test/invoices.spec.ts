import { InvoiceReminders } from '@lumen/api/fulfilment';
import {
  type FulfilmentSettings,
  type InvoiceDetail,
  type InvoicePage,
  ORDER_HISTORY_STATUSES,
  type OrderDeskDetail,
  type OrderDetail,
  type OrderPage,
  type ReorderResponse,
  type Shipment,
} from '@lumen/shared/contracts';
import { csvFile, insertProducts } from './quick-order-fixtures';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Invoices after the shipment (PRODUCT.md §13): payments one by one and by bank file, the
 * open / paid / overdue status, the one reminder, the carrier settings, "order again", and the
 * demo history they all show in.
 */
describe('invoices, payments, reminders and order again', () => {
  let t: TestApp;
  let purchaser: string;
  let consultant: string;
  let admin: string;
  let addressId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'IV-A-1', listPriceOre: 50_000 },
      { sku: 'IV-NEW-1', listPriceOre: 7_000 },
      { sku: 'IV-OLD-1', listPriceOre: 6_000 },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
    consultant = await t.http.tokenFor('consultant@lumen.test');
    admin = await t.http.tokenFor('admin@lumen.test');
    [{ id: addressId }] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND a.kind = 'delivery' AND a.is_default`,
    );
  });
  afterAll(() => t.close());

  let seq = 0;
  /** An order placed, confirmed and shipped complete; answers its invoice. */
  /** An invoice of an order's shipment (not a service invoice): its order is always there. */
  type OrderInvoice = InvoiceDetail & { order: NonNullable<InvoiceDetail['order']> };

  async function invoicedOrder(items: { sku: string; quantity: number }[]): Promise<OrderInvoice> {
    expect((await t.http.post('/quick-order/cart', { items }, { token: purchaser })).status).toBe(200);
    const order = await t.http.post<OrderDetail>(
      '/orders',
      { deliveryAddressId: addressId, shippingMethod: 'standard', accessNotes: { access: 'lift' } },
      { token: purchaser, headers: { 'idempotency-key': `iv-${++seq}-${Date.now()}` } },
    );
    expect(order.status).toBe(201);
    const confirmed = await t.http.post<OrderDeskDetail>(`/staff/orders/${order.body.id}/confirm`, undefined, {
      token: consultant,
    });
    const shipped = await t.http.post<OrderDeskDetail>(
      `/staff/orders/${order.body.id}/shipments`,
      {
        carrier: 'bring',
        trackingNumber: `IV-${seq}`,
        lines: confirmed.body.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.openQuantity })),
      },
      { token: consultant },
    );
    expect(shipped.status).toBe(201);
    const invoiceId = shipped.body.shipments[0].invoice?.id;
    const invoice = (await t.http.get<InvoiceDetail>(`/invoices/${invoiceId}`, { token: purchaser })).body;
    if (!invoice.order) throw new Error(`invoice ${invoiceId} of a shipment answered no order`);
    return { ...invoice, order: invoice.order };
  }
  const pay = (body: unknown, token = admin) => t.http.post('/staff/payments', body, { token });

  it('records a payment by KID: part paid stays open, the rest makes it paid', async () => {
    const invoice = await invoicedOrder([{ sku: 'IV-A-1', quantity: 1 }]);
    const part = await pay({ kid: invoice.kid, amountOre: 10_000, paidOn: '2026-12-01' });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({ id: invoice.id, status: 'open', paidOre: 10_000 });
    const rest = await pay({ kid: invoice.kid, amountOre: invoice.grossOre - 10_000 });
    expect(rest.body).toMatchObject({ status: 'paid', paidOre: invoice.grossOre });
    expect(rest.body.payments).toHaveLength(2);
  });

  it('refuses an unknown KID, a negative or zero amount, and staff without the right', async () => {
    const invoice = await invoicedOrder([{ sku: 'IV-A-1', quantity: 1 }]);
    const unknown = await pay({ kid: '0000000000', amountOre: 100 });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_kid');
    for (const amountOre of [-100, 0, 1.5]) {
      const bad = await pay({ kid: invoice.kid, amountOre });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['amountOre']);
    }
    expect((await pay({ kid: invoice.kid, amountOre: 100 }, consultant)).status).toBe(403);
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM payments WHERE invoice_id = $1`, [
      invoice.id,
    ]);
    expect(n).toBe(0);
  });

  it('records a bank file all or nothing, naming the bad lines', async () => {
    const first = await invoicedOrder([{ sku: 'IV-A-1', quantity: 2 }]);
    const second = await invoicedOrder([{ sku: 'IV-A-1', quantity: 3 }]);
    const kroner = (ore: number) => `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`;
    const upload = (text: string) =>
      t.http.post('/staff/payments/bank-file', csvFile(text, 'bank.csv'), { token: admin });

    const bad = await upload(
      `KID;Beløp;Dato\n${first.kid};${kroner(first.grossOre)};01.12.2026\n${second.kid};-5,00;2026-12-01\n99999999999;10,00;2026-12-01\n`,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('bank_file_invalid');
    expect(bad.body.details).toEqual([expect.objectContaining({ line: 3, code: 'negative_amount' })]);
    const unknown = await upload(`${first.kid};${kroner(first.grossOre)};2026-12-01\n99999999999;10,00;2026-12-01\n`);
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_kid');
    expect(unknown.body.details).toEqual([expect.objectContaining({ line: 2 })]);
    const none = await t.sql(`SELECT 1 FROM payments WHERE invoice_id = ANY($1::uuid[])`, [[first.id, second.id]]);
    expect(none).toHaveLength(0);

    const good = await upload(
      `${first.kid};${kroner(first.grossOre)};01.12.2026\r\n${second.kid};${kroner(second.grossOre)};2026-12-01\r\n`,
    );
    expect(good.status).toBe(200);
    expect(good.body).toEqual({ recorded: 2, totalOre: first.grossOre + second.grossOre, overpaid: [] });
    for (const id of [first.id, second.id])
      expect((await t.http.get<InvoiceDetail>(`/invoices/${id}`, { token: purchaser })).body.status).toBe('paid');
    expect((await upload('')).body.code).toBe('bank_file_invalid');
  });

  it('records a bank file once: the same bytes again are refused, a repeated line in one file is named', async () => {
    const invoice = await invoicedOrder([{ sku: 'IV-A-1', quantity: 1 }]);
    const kroner = (ore: number) => `${Math.floor(ore / 100)},${String(ore % 100).padStart(2, '0')}`;
    const upload = (text: string) =>
      t.http.post('/staff/payments/bank-file', csvFile(text, 'bank.csv'), { token: admin });
    const paid = async () =>
      (
        await t.sql<{ n: number; sum: number }>(
          `SELECT count(*)::int AS n, COALESCE(sum(amount_ore), 0)::bigint AS sum FROM payments WHERE invoice_id = $1`,
          [invoice.id],
        )
      )[0];

    const twice = await upload(`${invoice.kid};10,00;2026-12-01\n${invoice.kid};10,00;01.12.2026\n`);
    expect(twice.status).toBe(422);
    expect(twice.body.details).toEqual([
      expect.objectContaining({ line: 2, code: 'duplicate_line', message: expect.stringContaining('line 1') }),
    ]);
    expect((await paid()).n).toBe(0);

    // A quoted cell and the trailing `;` some banks write; the rest overpays by 5 kr and is named.
    const file = `"${invoice.kid}";"10,00";2026-12-01;\n${invoice.kid};${kroner(invoice.grossOre - 500)};2026-12-02;\n`;
    const [first, again] = await Promise.all([upload(file), upload(file)]);
    const answers = [first, again].sort((a, b) => a.status - b.status);
    expect(answers.map((a) => a.status)).toEqual([200, 409]);
    expect(answers[0].body).toEqual({
      recorded: 2,
      totalOre: invoice.grossOre + 500,
      overpaid: [{ line: 2, kid: invoice.kid, overpaidOre: 500 }],
    });
    expect(answers[1].body.code).toBe('bank_file_already_recorded');
    expect(await paid()).toEqual({ n: 2, sum: invoice.grossOre + 500 });
    const [file1] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM bank_files`);
    expect(file1.n).toBeGreaterThan(0);
  });

  it('reads invoices overdue the day after their due date, filters by status and sums the filter', async () => {
    const invoice = await invoicedOrder([{ sku: 'IV-A-1', quantity: 1 }]);
    await backdate(invoice.id, 40);
    const detail = (await t.http.get<InvoiceDetail>(`/invoices/${invoice.id}`, { token: purchaser })).body;
    expect(detail.status).toBe('overdue');
    const overdue = await t.http.get<InvoicePage>('/invoices?status=overdue&pageSize=100', { token: purchaser });
    expect(overdue.body.items.map((i) => i.id)).toContain(invoice.id);
    expect(overdue.body.items.every((i) => i.status === 'overdue')).toBe(true);
    expect(overdue.body.totals.overdueOre).toBe(overdue.body.items.reduce((sum, i) => sum + i.grossOre - i.paidOre, 0));
    const open = await t.http.get<InvoicePage>('/invoices?status=open', { token: purchaser });
    expect(open.body.items.map((i) => i.id)).not.toContain(invoice.id);
    const page = await t.http.get<InvoicePage>('/invoices?pageSize=1&page=2', { token: purchaser });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThan(2);
    expect((await t.http.get('/invoices?status=late', { token: purchaser })).status).toBe(400);
    // A page past core's PAGE_MAX would make the OFFSET walk the table: 400 naming page.
    const deep = await t.http.get('/invoices?page=1e6', { token: purchaser });
    expect(deep.status).toBe(400);
    expect(deep.body.details.map((d: { field: string }) => d.field)).toEqual(['page']);
    expect((await t.http.get('/invoices?page=10000', { token: purchaser })).status).toBe(200);
  });

  it('sends one reminder per overdue invoice after the set number of days, however often it sweeps', async () => {
    const invoice = await invoicedOrder([{ sku: 'IV-A-1', quantity: 1 }]);
    await backdate(invoice.id, 30 + 3);
    const reminders = t.app.get(InvoiceReminders);
    const remindedFor = async () =>
      t.sql<{ body: string }>(
        `SELECT body FROM outbox_messages WHERE kind = 'invoice_reminder' AND body LIKE '%' || $1 || '%'`,
        [invoice.kid],
      );
    // Three days overdue, the setting says seven: not yet.
    await reminders.sweep();
    expect(await remindedFor()).toHaveLength(0);
    const eightDaysOn = new Date(Date.now() + 5 * 86_400_000);
    const swept = await Promise.all([reminders.sweep(eightDaysOn), reminders.sweep(eightDaysOn)]);
    await reminders.sweep(eightDaysOn);
    expect(swept.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const [reminder, ...more] = await remindedFor();
    expect(more).toHaveLength(0);
    // Set-based: three invoices due at once cost the sweep no more statements than one.
    const others = [];
    for (const quantity of [1, 2, 3]) others.push(await invoicedOrder([{ sku: 'IV-A-1', quantity }]));
    await backdate(others[0].id, 40);
    const one = await statementsDuring(() => reminders.sweep(eightDaysOn));
    for (const other of others.slice(1)) await backdate(other.id, 40);
    const two = await statementsDuring(() => reminders.sweep(eightDaysOn));
    expect(one.length).toBe(two.length);
    expect(one.filter((sql) => sql.includes('outbox')).length).toBeLessThanOrEqual(2);
    const [index] = await t.sql(`SELECT 1 FROM pg_indexes WHERE indexname = 'invoices_due_date'`);
    expect(index).toBeDefined();
    // The portal routes no /invoices/:id; the order's page shows its invoices.
    expect(reminder.body).toContain(`/orders/${invoice.order.id}`);
    expect(reminder.body).not.toContain('/invoices/');
  });

  it('lets the shop admin change the tracking links and the reminder delay', async () => {
    const before = (await t.http.get<FulfilmentSettings>('/staff/fulfilment-settings', { token: consultant })).body;
    expect(before.reminderAfterDays).toBe(7);
    const changed = {
      ...before,
      trackingUrlTemplates: { ...before.trackingUrlTemplates, bring: 'https://sporing.example.no/{tracking}?lang=no' },
    };
    const bad = await t.http.put(
      '/staff/fulfilment-settings',
      { ...changed, trackingUrlTemplates: { ...changed.trackingUrlTemplates, dhl: 'https://dhl.example.com/track' } },
      { token: admin },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['trackingUrlTemplates.dhl']);
    expect((await t.http.put('/staff/fulfilment-settings', changed, { token: consultant })).status).toBe(403);
    const saved = await t.http.put<FulfilmentSettings>('/staff/fulfilment-settings', changed, { token: admin });
    expect(saved.status).toBe(200);
    const invoice = await invoicedOrder([{ sku: 'IV-A-1', quantity: 1 }]);
    const shipments = await t.http.get<Shipment[]>(`/orders/${invoice.order.id}/shipments`, { token: purchaser });
    expect(shipments.body[0].trackingUrl).toBe(
      `https://sporing.example.no/${shipments.body[0].trackingNumber}?lang=no`,
    );
    await t.http.put('/staff/fulfilment-settings', before, { token: admin });
  });

  it('orders again at today’s prices, naming end-of-life lines with their replacement', async () => {
    const invoice = await invoicedOrder([
      { sku: 'IV-A-1', quantity: 2 },
      { sku: 'IV-OLD-1', quantity: 5 },
    ]);
    await t.sql(`UPDATE products SET lifecycle = 'end_of_life', replacement_sku = 'IV-NEW-1' WHERE sku = 'IV-OLD-1'`);
    await t.sql(`UPDATE products SET list_price_ore = 55_000 WHERE sku = 'IV-A-1'`);
    await t.sql(
      `DELETE FROM cart_items WHERE cart_id IN (SELECT c.id FROM carts c JOIN users u ON u.id = c.user_id WHERE u.email = $1)`,
      ['purchaser@nordlys.test'],
    );
    const again = await t.http.post<ReorderResponse>(`/orders/${invoice.order.id}/reorder`, undefined, {
      token: purchaser,
    });
    expect(again.status).toBe(200);
    expect(again.body.added).toBe(1);
    expect(again.body.notOrderable).toEqual([
      { sku: 'IV-OLD-1', name: 'Test IV-OLD-1', quantity: 5, replacementSku: 'IV-NEW-1' },
    ]);
    const [item] = again.body.cart.items;
    expect(item).toMatchObject({ quantity: 2, product: expect.objectContaining({ sku: 'IV-A-1' }) });
    // Gold tier today: 10 % off today's list price, not the price the order was placed at.
    expect(item.lineTotalOre).toBe(2 * 49_500);
    const fjord = await t.http.tokenFor('admin@fjordbygg.test');
    expect((await t.http.post(`/orders/${invoice.order.id}/reorder`, undefined, { token: fjord })).status).toBe(404);
    expect((await t.http.post(`/orders/${invoice.order.id}/reorder`, undefined, { token: consultant })).status).toBe(
      403,
    );
  });

  it('writes the e-mails and documents in the orderer’s language', async () => {
    await t.sql(`UPDATE users SET language = 'en' WHERE email = 'purchaser@nordlys.test'`);
    try {
      const invoice = await invoicedOrder([{ sku: 'IV-A-1', quantity: 1 }]);
      const mails = await t.sql<{ kind: string; subject: string; body: string; filename: string | null }>(
        `SELECT m.kind, m.subject, m.body, a.filename FROM outbox_messages m
         LEFT JOIN outbox_attachments a ON a.message_id = m.id
         WHERE m.kind IN ('order_confirmed', 'order_shipped', 'invoice_issued') AND m.subject LIKE '%' || $1 || '%'`,
        [String(invoice.order.number)],
      );
      expect(mails.map((m) => m.subject).sort()).toEqual(
        [
          `Invoice ${invoice.number} for order ${invoice.order.number}`,
          `Order ${invoice.order.number} is confirmed`,
          `Order ${invoice.order.number}: shipment 1 is on its way`,
        ].sort(),
      );
      const invoiceMail = mails.find((m) => m.kind === 'invoice_issued');
      expect(invoiceMail?.filename).toBe(`invoice-${invoice.number}.pdf`);
      expect(invoiceMail?.body).toContain(`KID ${invoice.kid}`);
    } finally {
      await t.sql(`UPDATE users SET language = 'nb' WHERE email = 'purchaser@nordlys.test'`);
    }
  });

  it('reads an invoice page in the same number of statements for 1 invoice as for 100', async () => {
    const count = async (pageSize: number) =>
      (await statementsDuring(() => t.http.get(`/invoices?pageSize=${pageSize}`, { token: consultant }))).length;
    expect(await count(100)).toBe(await count(1));
  });

  it('seeds a demo history: every state, a partial shipment with one paid and one overdue invoice, a credit note', async () => {
    const buyer = await t.http.tokenFor('buyer@nordlys.test');
    const orders = await t.http.get<OrderPage>('/orders?pageSize=100', { token: buyer });
    const demo = await t.sql<{ id: string; status: string }>(
      `SELECT o.id, o.status FROM orders o JOIN users u ON u.id = o.placed_by_user_id
       WHERE u.email LIKE '%@nordlys.test' AND o.placed_at < now() - interval '1 hour'`,
    );
    expect(new Set(demo.map((o) => o.status))).toEqual(
      new Set(ORDER_HISTORY_STATUSES),
    );
    expect(orders.body.total).toBeGreaterThanOrEqual(demo.length);
    const partial = demo.find((o) => o.status === 'partially_shipped');
    const invoices = await t.http.get<InvoicePage>(`/invoices?orderId=${partial?.id}`, { token: buyer });
    expect(invoices.body.items.map((i) => i.status).sort()).toEqual(['overdue', 'paid']);
    const shipments = await t.http.get<Shipment[]>(`/orders/${partial?.id}/shipments`, { token: buyer });
    expect(shipments.body.map((s) => s.trackingUrl.startsWith('https://'))).toEqual([true, true]);
    const credits = await t.http.get<InvoicePage>('/invoices?kind=credit_note', { token: buyer });
    // The demo's correction and the credited return's credit note, each against its invoice.
    expect(credits.body.items).toHaveLength(2);
    for (const credit of credits.body.items) expect(credit.credits).not.toBeNull();
  });

  /**
   * Moves an invoice's dates `days` into the past. Invoices are immutable, so the test lifts the
   * trigger for its arrangement — the one place anything changes an invoice.
   */
  async function backdate(invoiceId: string, days: number): Promise<void> {
    await t.sql(`ALTER TABLE invoices DISABLE TRIGGER invoices_immutable`);
    try {
      await t.sql(
        `UPDATE invoices SET issue_date = issue_date - $2::int, due_date = due_date - $2::int WHERE id = $1`,
        [invoiceId, days],
      );
    } finally {
      await t.sql(`ALTER TABLE invoices ENABLE TRIGGER invoices_immutable`);
    }
  }
});
