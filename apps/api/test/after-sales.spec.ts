import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  Cancellation,
  ClaimDetail,
  InvoiceDetail,
  OrderAfterSales,
  OrderDeskDetail,
  OrderDetail,
  ReturnDetail,
  Shipment,
} from '@lumen/shared/contracts';
import { insertProducts } from './quick-order-fixtures';
import { validateEhf } from './support/peppol-validate';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;
/** A 1×1 PNG: the photo a claim carries (checked by content). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * After-sales end to end over HTTP (issue 13): cancellations at once and by request, returns
 * within the window with their RMA, label, receipt, inspection and credit notes (validated as
 * EHF), the concurrent return of the last unit, warranty claims and damage reports with photos
 * and their decisions — each refusal with its stable code.
 */
describe('after-sales', () => {
  let t: TestApp;
  let purchaser: string;
  let buyer: string;
  let consultant: string;
  let fjord: string;
  let addressId: string;
  let folder: string;
  /** Every credit note the flows issued, validated in one call at the end (one JVM start). */
  const ehfFiles: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'AS-A-1', listPriceOre: 40_000 },
      { sku: 'AS-B-1', listPriceOre: 12_500 },
      { sku: 'AS-C-1', listPriceOre: 9_900 },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
    buyer = await t.http.tokenFor('buyer@nordlys.test');
    consultant = await t.http.tokenFor('consultant@lumen.test');
    fjord = await t.http.tokenFor('admin@fjordbygg.test');
    [{ id: addressId }] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND a.kind = 'delivery' AND a.is_default`,
    );
    folder = mkdtempSync(join(tmpdir(), 'lumen-after-sales-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await t.close();
  });

  let seq = 0;
  async function placeOrder(
    items: { sku: string; quantity: number }[],
    options: { token?: string; partialDelivery?: boolean } = {},
  ): Promise<OrderDetail> {
    const token = options.token ?? purchaser;
    expect((await t.http.post('/quick-order/cart', { items }, { token })).status).toBe(200);
    const order = await t.http.post<OrderDetail>(
      '/orders',
      {
        deliveryAddressId: addressId,
        shippingMethod: 'standard',
        accessNotes: { access: 'lift' },
        ...(options.partialDelivery ? { partialDelivery: true } : {}),
      },
      { token, headers: { 'idempotency-key': `as-${++seq}-${Date.now()}` } },
    );
    expect(order.status).toBe(201);
    return order.body;
  }

  const desk = (path: string, body?: unknown) =>
    t.http.post<OrderDeskDetail>(`/staff/${path}`, body, { token: consultant });

  /** Confirmed, shipped in the parts given (default: all at once) and every shipment delivered. */
  async function deliveredOrder(
    items: { sku: string; quantity: number }[],
    parts?: number[][],
  ): Promise<{ order: OrderDetail; detail: OrderDeskDetail }> {
    const order = await placeOrder(items, { partialDelivery: parts !== undefined });
    let detail = (await desk(`orders/${order.id}/confirm`)).body;
    for (const [index, part] of (parts ?? [items.map((i) => i.quantity)]).entries()) {
      const shipped = await desk(`orders/${order.id}/shipments`, {
        carrier: 'bring',
        trackingNumber: `AS-${seq}-${index}`,
        lines: detail.lines
          .map((line, i) => ({ orderLineId: line.orderLineId, quantity: part[i] }))
          .filter((line) => line.quantity > 0),
      });
      expect(shipped.status).toBe(201);
      detail = shipped.body;
    }
    for (const shipment of detail.shipments)
      expect((await desk(`shipments/${shipment.id}/delivered`)).status).toBe(200);
    return {
      order,
      detail: (await t.http.get<OrderDeskDetail>(`/staff/orders/${order.id}`, { token: consultant })).body,
    };
  }

  const lineIds = async (orderId: string) =>
    (await t.sql<{ id: string }>(`SELECT id FROM order_lines WHERE order_id = $1 ORDER BY position`, [orderId])).map(
      (l) => l.id,
    );
  const auditOf = async (entityType: string, id: string) =>
    (
      await t.sql<{ action: string }>(
        `SELECT action FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY created_at, id`,
        [entityType, id],
      )
    ).map((row) => row.action);
  const outbox = (kind: string) =>
    t.sql<{ recipient: string; subject: string; body: string }>(
      `SELECT recipient, subject, body FROM outbox_messages WHERE kind = $1 ORDER BY created_at DESC, id DESC`,
      [kind],
    );

  describe('cancellation', () => {
    it('cancels at once before preparation; nothing cancelled is shipped or invoiced; the status follows', async () => {
      const order = await placeOrder([
        { sku: 'AS-A-1', quantity: 5 },
        { sku: 'AS-B-1', quantity: 3 },
      ]);
      const [a, b] = await lineIds(order.id);
      const cancel = await t.http.post<Cancellation>(
        `/orders/${order.id}/lines/${a}/cancel-request`,
        { quantity: 2, reason: 'Ordered too many' },
        { token: purchaser },
      );
      expect(cancel.status).toBe(201);
      expect(cancel.body).toMatchObject({
        status: 'cancelled',
        quantity: 2,
        sku: 'AS-A-1',
        reason: 'Ordered too many',
      });
      const tooMany = await t.http.post(
        `/orders/${order.id}/lines/${a}/cancel-request`,
        { quantity: 4 },
        { token: purchaser },
      );
      expect(tooMany.status).toBe(422);
      expect(tooMany.body.code).toBe('cancel_exceeds_open_quantity');

      const view = await t.http.get<OrderAfterSales>(`/orders/${order.id}/after-sales`, { token: buyer });
      expect(view.body.lines.map((l) => [l.cancellableQuantity, l.cancelNeedsApproval])).toEqual([
        [3, false],
        [3, false],
      ]);
      expect(view.body.cancellations).toHaveLength(1);

      // The shipment can take only the 3 left of line 1; the invoice charges those 3, not the 5 ordered.
      const confirmed = await desk(`orders/${order.id}/confirm`);
      expect(confirmed.body.lines.map((l) => l.openQuantity)).toEqual([3, 3]);
      const shipped = await desk(`orders/${order.id}/shipments`, {
        carrier: 'bring',
        trackingNumber: 'AS-CANCEL-1',
        lines: [
          { orderLineId: a, quantity: 3 },
          { orderLineId: b, quantity: 3 },
        ],
      });
      expect(shipped.status).toBe(201);
      const invoice = await t.http.get<InvoiceDetail>(`/invoices/${shipped.body.shipments[0].invoice?.id}`, {
        token: buyer,
      });
      expect(invoice.body.lines.filter((l) => l.sku).map((l) => [l.sku, l.quantity])).toEqual([
        ['AS-A-1', 3],
        ['AS-B-1', 3],
      ]);
      const [{ status }] = await t.sql<{ status: string }>(`SELECT status FROM orders WHERE id = $1`, [order.id]);
      expect(status).toBe('shipped');
    });

    it('makes an order cancelled when every unit is cancelled', async () => {
      const order = await placeOrder([{ sku: 'AS-C-1', quantity: 2 }]);
      const [line] = await lineIds(order.id);
      expect(
        (await t.http.post(`/orders/${order.id}/lines/${line}/cancel-request`, { quantity: 2 }, { token: purchaser }))
          .status,
      ).toBe(201);
      const [row] = await t.sql<{ status: string; cancelled_quantity: number }>(
        `SELECT o.status, l.cancelled_quantity FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.id = $1`,
        [order.id],
      );
      expect(row).toEqual({ status: 'cancelled', cancelled_quantity: 2 });
      const again = await t.http.post(
        `/orders/${order.id}/lines/${line}/cancel-request`,
        { quantity: 1 },
        { token: purchaser },
      );
      expect(again.body.code).toBe('cancel_exceeds_open_quantity');
    });

    it('in preparation is a request staff accept or refuse (with a reason, once), e-mailed in the customer’s language', async () => {
      await t.sql(`UPDATE users SET language = 'en' WHERE email = 'purchaser@nordlys.test'`);
      const order = await placeOrder([{ sku: 'AS-A-1', quantity: 6 }]);
      const [line] = await lineIds(order.id);
      await desk(`orders/${order.id}/confirm`);
      await desk(`orders/${order.id}/prepare`);
      const requested = await t.http.post<Cancellation>(
        `/orders/${order.id}/lines/${line}/cancel-request`,
        { quantity: 2 },
        { token: purchaser },
      );
      expect(requested.body).toMatchObject({ status: 'requested', decidedAt: null });
      // Asked-for units are not open any more: a second request for the rest and more is refused.
      const view = await t.http.get<OrderAfterSales>(`/orders/${order.id}/after-sales`, { token: purchaser });
      expect(view.body.lines[0]).toMatchObject({ cancellableQuantity: 4, cancelNeedsApproval: true });
      const queue = await t.http.get(`/staff/cancellations?status=requested`, { token: consultant });
      expect(queue.body.items.map((c: Cancellation) => c.id)).toContain(requested.body.id);

      const accepted = await t.http.post<Cancellation>(`/staff/cancellations/${requested.body.id}/accept`, undefined, {
        token: consultant,
      });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', decidedBy: expect.any(String) });
      const twice = await t.http.post(`/staff/cancellations/${requested.body.id}/accept`, undefined, {
        token: consultant,
      });
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('after_sales_transition_not_allowed');
      const [{ cancelled_quantity }] = await t.sql<{ cancelled_quantity: number }>(
        `SELECT cancelled_quantity FROM order_lines WHERE id = $1`,
        [line],
      );
      expect(cancelled_quantity).toBe(2);

      const second = await t.http.post<Cancellation>(
        `/orders/${order.id}/lines/${line}/cancel-request`,
        { quantity: 1 },
        { token: purchaser },
      );
      const noReason = await t.http.post(`/staff/cancellations/${second.body.id}/refuse`, {}, { token: consultant });
      expect(noReason.status).toBe(422);
      expect(noReason.body.code).toBe('reason_required');
      const blank = await t.http.post(
        `/staff/cancellations/${second.body.id}/refuse`,
        { reason: '   ' },
        { token: consultant },
      );
      expect(blank.body.code).toBe('reason_required');
      const refused = await t.http.post<Cancellation>(
        `/staff/cancellations/${second.body.id}/refuse`,
        { reason: 'Already packed on the pallet' },
        { token: consultant },
      );
      expect(refused.body).toMatchObject({
        status: 'refused',
        refusalReason: 'Already packed on the pallet',
        caseId: expect.any(String),
      });
      expect(
        (await t.http.post(`/staff/cancellations/${second.body.id}/refuse`, { reason: 'x' }, { token: consultant }))
          .status,
      ).toBe(409);
      const [link] = await t.sql(`SELECT category, order_id, subject FROM cases WHERE id = $1`, [refused.body.caseId]);
      // In the words of the customer who asked (the purchaser reads English here), not staff's.
      expect(link).toEqual({
        category: 'cancellation',
        order_id: order.id,
        subject: expect.stringMatching(/^Order \d+: cancellation of /),
      });

      const [mail] = await outbox('cancellation_refused');
      expect(mail.recipient).toBe('purchaser@nordlys.test');
      expect(mail.subject).toBe(`Order ${order.number}: cancellation`);
      expect(mail.body).toContain('cannot be cancelled: Already packed on the pallet');
      const audit = await t.sql<{ action: string }>(
        `SELECT action FROM audit_log WHERE entity_type = 'cancellation' AND entity_id = ANY($1::uuid[]) ORDER BY created_at`,
        [[requested.body.id, second.body.id]],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'cancellation.requested',
        'cancellation.accepted',
        'cancellation.requested',
        'cancellation.refused',
      ]);
      await t.sql(`UPDATE users SET language = 'nb' WHERE email = 'purchaser@nordlys.test'`);
    });

    it('refuses another company’s order as missing, and staff on the customer route', async () => {
      const order = await placeOrder([{ sku: 'AS-C-1', quantity: 1 }]);
      const [line] = await lineIds(order.id);
      expect(
        (await t.http.post(`/orders/${order.id}/lines/${line}/cancel-request`, { quantity: 1 }, { token: fjord }))
          .status,
      ).toBe(404);
      expect(
        (await t.http.post(`/orders/${order.id}/lines/${line}/cancel-request`, { quantity: 1 }, { token: consultant }))
          .status,
      ).toBe(403);
    });
  });

  describe('returns', () => {
    it('registers a return with its RMA, label and case; receives, inspects and credits it with an EHF that validates', async () => {
      const { order } = await deliveredOrder([
        { sku: 'AS-A-1', quantity: 3 },
        { sku: 'AS-B-1', quantity: 2 },
      ]);
      const [a, b] = await lineIds(order.id);
      const made = await t.http.post<ReturnDetail>(
        `/orders/${order.id}/returns`,
        {
          lines: [
            { orderLineId: a, quantity: 2 },
            { orderLineId: b, quantity: 1 },
          ],
          reason: 'Wrong colour temperature',
        },
        { token: buyer },
      );
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({
        rmaNumber: expect.stringMatching(/^RMA-\d{6}$/),
        status: 'requested',
        lineCount: 2,
        quantity: 3,
        creditedNetOre: 0,
        refundMethod: 'invoice_30_days',
        caseId: expect.any(String),
      });
      const [opened] = await t.sql<{ subject: string }>(`SELECT subject FROM cases WHERE id = $1`, [made.body.caseId]);
      expect(opened.subject).toBe(`Retur ${made.body.rmaNumber} (ordre ${order.number})`);
      const label = await fetch(`${t.http.baseUrl}/returns/${made.body.id}/label.pdf`, {
        headers: { authorization: `Bearer ${buyer}` },
      });
      expect(label.status).toBe(200);
      expect(label.headers.get('content-type')).toBe('application/pdf');
      const labelText = execFileSync('pdftotext', ['-layout', '-', '-'], {
        input: Buffer.from(await label.arrayBuffer()),
      }).toString();
      expect(labelText).toContain(made.body.rmaNumber);
      const [registered] = await outbox('return_registered');
      expect(registered.subject).toContain(made.body.rmaNumber);

      // What is in the return is not returnable again.
      const view = await t.http.get<OrderAfterSales>(`/orders/${order.id}/after-sales`, { token: buyer });
      expect(view.body.lines.map((l) => l.returnableQuantity)).toEqual([1, 1]);
      expect(view.body.returns.map((r) => r.id)).toEqual([made.body.id]);

      expect(
        (await t.http.post(`/staff/returns/${made.body.id}/inspect`, { lines: [] }, { token: consultant })).status,
      ).toBe(400);
      const early = await t.http.post(
        `/staff/returns/${made.body.id}/inspect`,
        {
          lines: [
            { orderLineId: a, verdict: 'accepted' },
            { orderLineId: b, verdict: 'accepted' },
          ],
        },
        { token: consultant },
      );
      expect(early.status).toBe(409);
      expect(
        (await t.http.post(`/staff/returns/${made.body.id}/receive`, undefined, { token: consultant })).body.status,
      ).toBe('received');
      const twice = await t.http.post(`/staff/returns/${made.body.id}/receive`, undefined, { token: consultant });
      expect([twice.status, twice.body.code]).toEqual([409, 'after_sales_transition_not_allowed']);

      const noReason = await t.http.post(
        `/staff/returns/${made.body.id}/inspect`,
        {
          lines: [
            { orderLineId: a, verdict: 'accepted' },
            { orderLineId: b, verdict: 'refused' },
          ],
        },
        { token: consultant },
      );
      expect([noReason.status, noReason.body.code]).toEqual([422, 'reason_required']);
      const missing = await t.http.post(
        `/staff/returns/${made.body.id}/inspect`,
        { lines: [{ orderLineId: a, verdict: 'accepted' }] },
        { token: consultant },
      );
      expect(missing.status).toBe(400);
      const inspected = await t.http.post<ReturnDetail>(
        `/staff/returns/${made.body.id}/inspect`,
        {
          lines: [
            { orderLineId: a, verdict: 'accepted' },
            { orderLineId: b, verdict: 'refused', refusalReason: 'Used, scratched' },
          ],
        },
        { token: consultant },
      );
      expect(inspected.status).toBe(200);
      expect(inspected.body).toMatchObject({ status: 'credited', creditedNetOre: 2 * unitPrice(inspected.body, a) });
      expect(inspected.body.creditNotes).toHaveLength(1);
      expect(inspected.body.lines.map((l) => [l.verdict, l.refusalReason])).toEqual([
        ['accepted', null],
        ['refused', 'Used, scratched'],
      ]);
      // The refused unit went back to the customer: it is returnable again; the credited ones are not.
      const after = await t.http.get<OrderAfterSales>(`/orders/${order.id}/after-sales`, { token: buyer });
      expect(after.body.lines.map((l) => l.returnableQuantity)).toEqual([1, 2]);

      const note = await t.http.get<InvoiceDetail>(`/invoices/${inspected.body.creditNotes[0].id}`, { token: buyer });
      expect(note.body.kind).toBe('credit_note');
      expect(await t.sql(`SELECT note FROM invoices WHERE id = $1`, [note.body.id])).toEqual([
        { note: made.body.rmaNumber },
      ]);
      expect(note.body.lines.map((l) => [l.sku, l.quantity])).toEqual([['AS-A-1', 2]]);
      const [refund] = await t.sql<{ amount_ore: number; method: string }>(
        `SELECT amount_ore, method FROM refunds WHERE return_id = $1`,
        [made.body.id],
      );
      expect(refund).toEqual({ amount_ore: note.body.grossOre, method: 'invoice_30_days' });
      ehfFiles.push(await ehf(note.body.id));
      const [inspectedMail] = await outbox('return_inspected');
      expect(inspectedMail.body).toContain(String(note.body.number));
      expect(inspectedMail.body).toContain('Used, scratched');
      expect(await auditOf('return', made.body.id)).toEqual([
        'return.requested',
        'return.received',
        'return.inspected',
      ]);
    });

    it('credits a line shipped in two parts with one credit note per invoice, each valid EHF', async () => {
      const { order } = await deliveredOrder([{ sku: 'AS-B-1', quantity: 4 }], [[1], [3]]);
      const [line] = await lineIds(order.id);
      const made = await t.http.post<ReturnDetail>(
        `/orders/${order.id}/returns`,
        { lines: [{ orderLineId: line, quantity: 3 }] },
        { token: buyer },
      );
      await t.http.post(`/staff/returns/${made.body.id}/receive`, undefined, { token: consultant });
      const inspected = await t.http.post<ReturnDetail>(
        `/staff/returns/${made.body.id}/inspect`,
        { lines: [{ orderLineId: line, verdict: 'accepted' }] },
        { token: consultant },
      );
      expect(inspected.body.creditNotes).toHaveLength(2);
      const notes = await Promise.all(
        inspected.body.creditNotes.map((n) => t.http.get<InvoiceDetail>(`/invoices/${n.id}`, { token: buyer })),
      );
      expect(notes.map((n) => n.body.lines.map((l) => l.quantity))).toEqual([[1], [2]]);
      expect(notes.map((n) => n.body.credits?.id)).toEqual(expect.arrayContaining([expect.any(String)]));
      expect(new Set(notes.map((n) => n.body.credits?.id)).size).toBe(2);
      for (const n of notes) ehfFiles.push(await ehf(n.body.id));
    });

    it('refuses a return of more than was delivered less returned, of a cancelled line, before delivery, after the window, of another company', async () => {
      const { order } = await deliveredOrder([
        { sku: 'AS-A-1', quantity: 2 },
        { sku: 'AS-C-1', quantity: 1 },
      ]);
      const [a, c] = await lineIds(order.id);
      const tooMany = await t.http.post(
        `/orders/${order.id}/returns`,
        { lines: [{ orderLineId: a, quantity: 3 }] },
        { token: buyer },
      );
      expect([tooMany.status, tooMany.body.code]).toEqual([422, 'return_exceeds_delivered']);
      expect(tooMany.body.details[0]).toMatchObject({ field: 'lines.0.quantity', code: 'return_exceeds_delivered' });
      const twice = await t.http.post(
        `/orders/${order.id}/returns`,
        {
          lines: [
            { orderLineId: a, quantity: 1 },
            { orderLineId: a, quantity: 1 },
          ],
        },
        { token: buyer },
      );
      expect(twice.body.code).toBe('duplicate_order_line');
      const unknown = await t.http.post(
        `/orders/${order.id}/returns`,
        { lines: [{ orderLineId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] },
        { token: buyer },
      );
      expect(unknown.body.code).toBe('unknown_order_line');
      expect(
        (
          await t.http.post(
            `/orders/${order.id}/returns`,
            { lines: [{ orderLineId: c, quantity: 1 }] },
            { token: fjord },
          )
        ).status,
      ).toBe(404);
      expect(
        (
          await t.http.post(
            `/orders/${order.id}/returns`,
            { lines: [{ orderLineId: c, quantity: 1 }] },
            { token: consultant },
          )
        ).status,
      ).toBe(403);
      // Nothing was written by any of them.
      const [{ count }] = await t.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM returns WHERE order_id = $1`,
        [order.id],
      );
      expect(count).toBe(0);

      // A cancelled line: one of an order cancelled before shipping, the rest shipped and delivered.
      const partly = await placeOrder([
        { sku: 'AS-A-1', quantity: 1 },
        { sku: 'AS-C-1', quantity: 1 },
      ]);
      const [keep, drop] = await lineIds(partly.id);
      await t.http.post(`/orders/${partly.id}/lines/${drop}/cancel-request`, { quantity: 1 }, { token: purchaser });
      await desk(`orders/${partly.id}/confirm`);
      const shipped = await desk(`orders/${partly.id}/shipments`, {
        carrier: 'bring',
        trackingNumber: 'AS-PART',
        lines: [{ orderLineId: keep, quantity: 1 }],
      });
      const notYet = await t.http.post(
        `/orders/${partly.id}/returns`,
        { lines: [{ orderLineId: keep, quantity: 1 }] },
        { token: buyer },
      );
      expect([notYet.status, notYet.body.code]).toEqual([422, 'order_not_delivered']);
      await desk(`shipments/${shipped.body.shipments[0].id}/delivered`);
      const cancelled = await t.http.post(
        `/orders/${partly.id}/returns`,
        { lines: [{ orderLineId: drop, quantity: 1 }] },
        { token: buyer },
      );
      expect([cancelled.status, cancelled.body.code]).toEqual([422, 'order_line_cancelled']);

      // The window: the last day is the Oslo date of the delivery + 50.
      const deliveredAt = (days: number) =>
        t.sql(`UPDATE shipments SET delivered_at = $2 WHERE order_id = $1`, [
          order.id,
          new Date(Date.now() - days * DAY),
        ]);
      await deliveredAt(51);
      const closed = await t.http.post(
        `/orders/${order.id}/returns`,
        { lines: [{ orderLineId: a, quantity: 1 }] },
        { token: buyer },
      );
      expect([closed.status, closed.body.code]).toEqual([422, 'return_window_closed']);
      const expected = new Date(Date.now() - 51 * DAY);
      expect(closed.body.details).toEqual({ closedOn: osloDate(new Date(expected.getTime() + 50 * DAY)) });
      const view = await t.http.get<OrderAfterSales>(`/orders/${order.id}/after-sales`, { token: buyer });
      expect(view.body.lines.map((l) => l.returnableQuantity)).toEqual([0, 0]);
      expect(view.body.returnOpenUntil).toBe(closed.body.details.closedOn);
      await deliveredAt(49);
      expect(
        (
          await t.http.post(
            `/orders/${order.id}/returns`,
            { lines: [{ orderLineId: a, quantity: 1 }] },
            { token: buyer },
          )
        ).status,
      ).toBe(201);
    });

    it('lets exactly one of two simultaneous returns of the last unit through', async () => {
      const { order } = await deliveredOrder([{ sku: 'AS-C-1', quantity: 1 }]);
      const [line] = await lineIds(order.id);
      const body = { lines: [{ orderLineId: line, quantity: 1 }] };
      const answers = await Promise.all([
        t.http.post(`/orders/${order.id}/returns`, body, { token: buyer }),
        t.http.post(`/orders/${order.id}/returns`, body, { token: purchaser }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
      expect(answers.find((a) => a.status === 422)?.body.code).toBe('return_exceeds_delivered');
      const [{ returned, returns }] = await t.sql<{ returned: number; returns: number }>(
        `SELECT l.returned_quantity AS returned, (SELECT count(*)::int FROM returns WHERE order_id = $1) AS returns
         FROM order_lines l WHERE l.id = $2`,
        [order.id, line],
      );
      expect({ returned, returns }).toEqual({ returned: 1, returns: 1 });
    });

    it('lets the database refuse an over-return even past the service (the CHECK)', async () => {
      const { order } = await deliveredOrder([{ sku: 'AS-C-1', quantity: 1 }]);
      const [line] = await lineIds(order.id);
      await expect(t.sql(`UPDATE order_lines SET returned_quantity = 2 WHERE id = $1`, [line])).rejects.toThrow(
        /order_lines_not_over_returned/,
      );
    });

    it('lists returns with a fixed number of statements, however many there are', async () => {
      const count = async () =>
        (await statementsDuring(() => t.http.get('/returns?pageSize=100', { token: buyer }))).length;
      const few = await count();
      for (let i = 0; i < 3; i++) {
        const { order } = await deliveredOrder([{ sku: 'AS-C-1', quantity: 2 }]);
        const [line] = await lineIds(order.id);
        await t.http.post(
          `/orders/${order.id}/returns`,
          { lines: [{ orderLineId: line, quantity: 2 }] },
          { token: buyer },
        );
      }
      expect(await count()).toBe(few);
      const staff = async () =>
        (await statementsDuring(() => t.http.get('/staff/returns?pageSize=100', { token: consultant }))).length;
      expect(await staff()).toBe(few);
      const page = await t.http.get(`/returns?pageSize=100`, { token: fjord });
      expect(page.body.items.every((r: { company: { name: string } }) => r.company.name === 'Fjord Bygg AS')).toBe(
        true,
      );
    });
  });

  describe('warranty claims and damage reports', () => {
    const claimForm = (fields: Record<string, string | number>, photos: { bytes: Buffer; name: string }[] = []) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.append(key, String(value));
      for (const photo of photos) form.append('photos', new Blob([new Uint8Array(photo.bytes)]), photo.name);
      return form;
    };

    it('files a warranty claim with a photo, opens its case, and replaces the goods with a shipment at no charge', async () => {
      const { order } = await deliveredOrder([{ sku: 'AS-A-1', quantity: 2 }]);
      const [line] = await lineIds(order.id);
      const filed = await t.http.post<ClaimDetail>(
        '/warranty-claims',
        claimForm({ orderId: order.id, orderLineId: line, quantity: 1, description: 'The driver hums and flickers' }, [
          { bytes: PNG, name: 'flicker.png' },
        ]),
        { token: purchaser },
      );
      expect(filed.status).toBe(201);
      expect(filed.body).toMatchObject({
        kind: 'warranty',
        number: expect.stringMatching(/^W-\d{6}$/),
        status: 'open',
        quantity: 1,
        photos: [
          { fileName: 'flicker.png', contentType: 'image/png', url: expect.stringMatching(/^\/api\/attachments\//) },
        ],
        caseId: expect.any(String),
      });
      expect((await t.http.get(filed.body.photos[0].url.slice('/api'.length), { token: buyer })).status).toBe(200);
      expect((await t.http.get(`/claims/${filed.body.id}`, { token: fjord })).status).toBe(404);
      const otherCompany = await t.http.post(
        '/warranty-claims',
        { orderId: order.id, orderLineId: line, quantity: 1, description: 'Not our order' },
        { token: fjord },
      );
      expect(otherCompany.status).toBe(404);

      const shipmentsBefore = await t.sql(`SELECT count(*)::int AS n FROM shipments WHERE order_id = $1`, [order.id]);
      const noCarrier = await t.http.post(
        `/staff/claims/${filed.body.id}/decide`,
        { decision: 'replacement' },
        { token: consultant },
      );
      expect(noCarrier.status).toBe(400);
      const decided = await t.http.post<ClaimDetail>(
        `/staff/claims/${filed.body.id}/decide`,
        { decision: 'replacement', carrier: 'postnord', trackingNumber: 'REPL-1' },
        { token: consultant },
      );
      expect(decided.body).toMatchObject({
        status: 'replacement_sent',
        decision: 'replacement',
        replacementShipmentId: expect.any(String),
      });
      const [shipment] = await t.sql(
        `SELECT s.replacement_for_claim_id, (SELECT count(*)::int FROM invoices i WHERE i.shipment_id = s.id) AS invoices,
                (SELECT count(*)::int FROM shipment_lines sl WHERE sl.shipment_id = s.id) AS lines
         FROM shipments s WHERE s.id = $1`,
        [decided.body.replacementShipmentId],
      );
      expect(shipment).toEqual({ replacement_for_claim_id: filed.body.id, invoices: 0, lines: 0 });
      // The buyer's order page shows it with the claimed units, as a replacement and without an invoice.
      const listed = await t.http.get<Shipment[]>(`/orders/${order.id}/shipments`, { token: buyer });
      expect(listed.body.find((s) => s.id === decided.body.replacementShipmentId)).toMatchObject({
        invoice: null,
        replacementFor: { claimId: filed.body.id, kind: 'warranty' },
        lines: [{ orderLineId: line, quantity: filed.body.quantity }],
      });
      expect((await t.sql(`SELECT count(*)::int AS n FROM shipments WHERE order_id = $1`, [order.id]))[0]).toEqual({
        n: Number(shipmentsBefore[0]['n']) + 1,
      });
      // The order line's counts and the order's status are those of the goods sold.
      const [counts] = await t.sql(
        `SELECT l.shipped_quantity, o.status FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.id = $1`,
        [line],
      );
      expect(counts).toEqual({ shipped_quantity: 2, status: 'delivered' });
      // Marking the replacement delivered leaves the order delivered, and the return window where it was.
      expect((await desk(`shipments/${decided.body.replacementShipmentId}/delivered`)).status).toBe(200);
      const twice = await t.http.post(
        `/staff/claims/${filed.body.id}/decide`,
        { decision: 'repair' },
        { token: consultant },
      );
      expect([twice.status, twice.body.code]).toEqual([409, 'after_sales_transition_not_allowed']);
      const [mail] = await outbox('warranty_claim_decided');
      expect(mail.subject).toContain(filed.body.number);
      expect(await auditOf('claim', filed.body.id)).toEqual(['warranty_claim.filed', 'warranty_claim.decided']);
    });

    it('credits a claim with a credit note that validates, and refuses one only with a reason', async () => {
      const { order } = await deliveredOrder([{ sku: 'AS-B-1', quantity: 3 }]);
      const [line] = await lineIds(order.id);
      const file = () =>
        t.http.post<ClaimDetail>(
          '/warranty-claims',
          { orderId: order.id, orderLineId: line, quantity: 1, description: 'Dead on arrival' },
          { token: buyer },
        );
      const credited = await t.http.post<ClaimDetail>(
        `/staff/claims/${(await file()).body.id}/decide`,
        { decision: 'credit' },
        { token: consultant },
      );
      expect(credited.body).toMatchObject({ status: 'credited', creditNotes: [{ number: expect.any(Number) }] });
      ehfFiles.push(await ehf(credited.body.creditNotes[0].id));

      const refused = (await file()).body.id;
      const noReason = await t.http.post(
        `/staff/claims/${refused}/decide`,
        { decision: 'refuse' },
        { token: consultant },
      );
      expect([noReason.status, noReason.body.code]).toEqual([422, 'reason_required']);
      const withReason = await t.http.post<ClaimDetail>(
        `/staff/claims/${refused}/decide`,
        { decision: 'refuse', reason: 'Water damage: not a defect' },
        { token: consultant },
      );
      expect(withReason.body).toMatchObject({ status: 'refused', decisionReason: 'Water damage: not a defect' });
    });

    it('refuses a claim after 12 months, naming the day it closed', async () => {
      const { order } = await deliveredOrder([{ sku: 'AS-C-1', quantity: 1 }]);
      const [line] = await lineIds(order.id);
      // Delivered 29 Feb 2024 at noon Oslo: the last day was 28 Feb 2025.
      await t.sql(`UPDATE shipments SET delivered_at = '2024-02-29T11:00:00Z' WHERE order_id = $1`, [order.id]);
      const late = await t.http.post(
        '/warranty-claims',
        { orderId: order.id, orderLineId: line, quantity: 1, description: 'Broken' },
        { token: buyer },
      );
      expect([late.status, late.body.code, late.body.details]).toEqual([
        422,
        'warranty_window_closed',
        { closedOn: '2025-02-28' },
      ]);
      const view = await t.http.get<OrderAfterSales>(`/orders/${order.id}/after-sales`, { token: buyer });
      expect(view.body.lines[0].warrantyOpenUntil).toBe('2025-02-28');
    });

    it('takes a damage report with photos within 48 hours, refuses it after, and allows only replacement or credit', async () => {
      const { order } = await deliveredOrder([{ sku: 'AS-A-1', quantity: 1 }]);
      const [line] = await lineIds(order.id);
      const fields = {
        orderId: order.id,
        orderLineId: line,
        quantity: 1,
        description: 'Crushed box, cracked diffuser',
      };
      const noPhoto = await t.http.post('/damage-reports', claimForm(fields), { token: buyer });
      expect(noPhoto.status).toBe(400);
      const exe = await t.http.post(
        '/damage-reports',
        claimForm(fields, [{ bytes: Buffer.from('MZ\x90\x00 this is a program'), name: 'photo.jpg' }]),
        { token: buyer },
      );
      expect([exe.status, exe.body.code]).toEqual([422, 'file_type_not_allowed']);
      const report = await t.http.post<ClaimDetail>(
        '/damage-reports',
        claimForm(fields, [{ bytes: PNG, name: 'box.png' }]),
        { token: buyer },
      );
      expect(report.status).toBe(201);
      expect(report.body).toMatchObject({ kind: 'damage', number: expect.stringMatching(/^D-\d{6}$/) });
      // Six photos at once, or one of 11 MB: refused before anything is stored.
      const six = Array.from({ length: 6 }, (_, i) => ({ bytes: PNG, name: `box-${i}.png` }));
      const tooMany = await t.http.post('/damage-reports', claimForm(fields, six), { token: buyer });
      expect([tooMany.status, tooMany.body.code]).toEqual([422, 'too_many_files']);
      const huge = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]);
      const tooLarge = await t.http.post('/damage-reports', claimForm(fields, [{ bytes: huge, name: 'huge.png' }]), {
        token: buyer,
      });
      expect([tooLarge.status, tooLarge.body.code]).toEqual([413, 'file_too_large']);
      const [{ reports }] = await t.sql<{ reports: number }>(
        `SELECT count(*)::int AS reports FROM claims WHERE order_id = $1`,
        [order.id],
      );
      expect(reports).toBe(1);
      const repair = await t.http.post(
        `/staff/claims/${report.body.id}/decide`,
        { decision: 'repair' },
        { token: consultant },
      );
      expect(repair.status).toBe(400);
      expect(repair.body.details[0]).toMatchObject({ field: 'decision', code: 'decision_not_allowed' });
      const [{ n }] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM attachments WHERE file_name = 'photo.jpg'`,
      );
      expect(n).toBe(0);

      const deliveredAt = new Date(Date.now() - 49 * 3_600_000);
      await t.sql(`UPDATE shipments SET delivered_at = $2 WHERE order_id = $1`, [order.id, deliveredAt]);
      const late = await t.http.post('/damage-reports', claimForm(fields, [{ bytes: PNG, name: 'box.png' }]), {
        token: buyer,
      });
      expect([late.status, late.body.code]).toEqual([422, 'damage_window_closed']);
      expect(late.body.details).toEqual({ closedOn: osloDate(new Date(deliveredAt.getTime() + 48 * 3_600_000)) });
    });

    it('lists claims with a fixed number of statements', async () => {
      const count = async () =>
        (await statementsDuring(() => t.http.get('/claims?pageSize=100', { token: buyer }))).length;
      const few = await count();
      const { order } = await deliveredOrder([{ sku: 'AS-C-1', quantity: 3 }]);
      const [line] = await lineIds(order.id);
      for (let i = 0; i < 3; i++)
        await t.http.post(
          '/warranty-claims',
          { orderId: order.id, orderLineId: line, quantity: 1, description: `Defect ${i}` },
          { token: buyer },
        );
      expect(await count()).toBe(few);
      // The order page's panel: as many statements for this order (3 claims) as for one with nothing on it.
      const view = async (id: string) =>
        (await statementsDuring(() => t.http.get(`/orders/${id}/after-sales`, { token: buyer }))).length;
      const { order: bare } = await deliveredOrder([{ sku: 'AS-C-1', quantity: 1 }]);
      expect(await view(order.id)).toBe(await view(bare.id));
    });
  });

  it('issued credit notes whose EHF passes the Peppol rules with 0 fatal', async () => {
    // Two from the returns (one of them two notes: a line on two invoices), one from a claim.
    expect(ehfFiles).toHaveLength(4);
    expect(await validateEhf(ehfFiles)).toEqual({ fatal: [], files: 4 });
  }, 180_000);

  /** The line's unit price as the return shows it. */
  function unitPrice(detail: ReturnDetail, orderLineId: string): number {
    const line = detail.lines.find((l) => l.orderLineId === orderLineId);
    if (!line) throw new Error('no such line');
    return line.unitPriceOre;
  }

  async function ehf(invoiceId: string): Promise<string> {
    const response = await t.http.get(`/invoices/${invoiceId}.xml`, { token: consultant });
    expect(response.status).toBe(200);
    const file = join(folder, `${invoiceId}.xml`);
    writeFileSync(file, response.text);
    return file;
  }
});

function osloDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(instant);
}
