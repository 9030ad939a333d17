import { APP_CONFIG, type AppConfig } from '@lumen/api/core';
import { InvoiceIssuer } from '@lumen/api/fulfilment';
import type { InvoiceDetail, InvoicePage, OrderDeskDetail, OrderDetail, Shipment } from '@lumen/shared/contracts';
import { isValidKid } from '@lumen/shared/domain';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insertProducts } from './quick-order-fixtures';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The order desk over HTTP (PRODUCT.md §13): confirm, prepare, ship in parts or complete, one
 * invoice per shipment from one gap-free series, delivered; the customer's view of it.
 */
describe('fulfilment: the order desk, shipments and invoices', () => {
  let t: TestApp;
  let purchaser: string;
  let consultant: string;
  let fjord: string;
  let addressId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'FF-A-1', listPriceOre: 12_345 },
      { sku: 'FF-B-1', listPriceOre: 99_999, bulky: true },
      { sku: 'FF-C-1', listPriceOre: 333 },
    ]);
    purchaser = await t.http.tokenFor('purchaser@nordlys.test');
    consultant = await t.http.tokenFor('consultant@lumen.test');
    fjord = await t.http.tokenFor('admin@fjordbygg.test');
    [{ id: addressId }] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND a.kind = 'delivery' AND a.is_default`,
    );
  });
  afterAll(() => t.close());

  let orderSeq = 0;
  async function placeOrder(
    items: { sku: string; quantity: number }[],
    options: { partialDelivery?: boolean; token?: string; address?: string } = {},
  ): Promise<OrderDetail> {
    const token = options.token ?? purchaser;
    expect((await t.http.post('/quick-order/cart', { items }, { token })).status).toBe(200);
    const response = await t.http.post<OrderDetail>(
      '/orders',
      {
        deliveryAddressId: options.address ?? addressId,
        shippingMethod: 'standard',
        partialDelivery: options.partialDelivery ?? false,
        purchaseOrderReference: 'PO-FF',
        accessNotes: { access: 'carrying_help', note: 'Bakdør' },
      },
      { token, headers: { 'idempotency-key': `ff-${++orderSeq}-${Date.now()}` } },
    );
    expect(response.status).toBe(201);
    return response.body;
  }
  const desk = (path: string, body?: unknown, token = consultant) =>
    t.http.post<OrderDeskDetail & { code?: string; details?: { field?: string; code: string; message: string }[] }>(
      `/staff${path}`,
      body,
      { token },
    );
  const confirmed = async (order: OrderDetail) => {
    expect((await desk(`/orders/${order.id}/confirm`)).status).toBe(200);
    return (await t.http.get<OrderDeskDetail>(`/staff/orders/${order.id}`, { token: consultant })).body;
  };
  const lineOf = (detail: OrderDeskDetail, sku: string) => {
    const line = detail.lines.find((l) => l.sku === sku);
    if (!line) throw new Error(`no line ${sku}`);
    return line;
  };
  const invoice = async (id: string, token = purchaser) =>
    (await t.http.get<InvoiceDetail>(`/invoices/${id}`, { token })).body;
  const counts = async () =>
    (
      await t.sql<{ shipments: number; invoices: number; mails: number }>(
        `SELECT (SELECT count(*)::int FROM shipments) AS shipments, (SELECT count(*)::int FROM invoices) AS invoices,
                (SELECT count(*)::int FROM outbox_messages) AS mails`,
      )
    )[0];

  it('ships a partial-delivery order in two parts, one invoice each, adding up to the order exactly', async () => {
    const order = await placeOrder(
      [
        { sku: 'FF-A-1', quantity: 7 },
        { sku: 'FF-B-1', quantity: 3 },
        { sku: 'FF-C-1', quantity: 11 },
      ],
      { partialDelivery: true },
    );
    expect(order.status).toBe('placed');
    const confirm = await desk(`/orders/${order.id}/confirm`);
    expect(confirm.status).toBe(200);
    expect(confirm.body.status).toBe('confirmed');
    expect((await desk(`/orders/${order.id}/confirm`)).status).toBe(409);
    const prepare = await desk(`/orders/${order.id}/prepare`);
    expect(prepare.body.status).toBe('in_preparation');

    const a = lineOf(prepare.body, 'FF-A-1');
    const b = lineOf(prepare.body, 'FF-B-1');
    const c = lineOf(prepare.body, 'FF-C-1');
    const first = await desk(`/orders/${order.id}/shipments`, {
      carrier: 'bring',
      trackingNumber: '70701234567890',
      lines: [{ orderLineId: a.orderLineId, quantity: 3 }],
    });
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('partially_shipped');
    expect(lineOf(first.body, 'FF-A-1')).toMatchObject({ shippedQuantity: 3, openQuantity: 4 });
    const [shipment1] = first.body.shipments;
    expect(shipment1).toMatchObject({
      number: 1,
      carrier: 'bring',
      trackingUrl: 'https://tracking.bring.com/tracking/70701234567890',
      deliveredAt: null,
    });
    const invoice1 = await invoice(invoiceOf(shipment1).id);
    // Only the shipped goods, and the order's charges on its first invoice: above the free-shipping
    // threshold, that is the bulky surcharge alone (shipping is on the complete order's invoice below).
    expect(order.shippingCharges.standardFeeOre).toBe(0);
    expect(invoice1.lines.map((l) => [l.sku, l.quantity, l.lineTotalOre])).toEqual([
      ['FF-A-1', 3, 3 * order.lines[0].unitPriceOre],
      [null, 1, order.shippingCharges.bulkySurchargeOre],
    ]);
    expect(invoice1.lines[1].description).toBe('Tillegg for stort gods');
    expect(invoice1).toMatchObject({ kind: 'invoice', status: 'open', purchaseOrderReference: 'PO-FF', paidOre: 0 });
    expect(isValidKid(invoice1.kid)).toBe(true);
    expect(invoice1.dueDate).toBe(addDaysIso(invoice1.issueDate, order.paymentTermsDays));

    const second = await desk(`/orders/${order.id}/shipments`, {
      carrier: 'db_schenker',
      trackingNumber: 'SCH 4711/2',
      lines: [
        { orderLineId: a.orderLineId, quantity: 4 },
        { orderLineId: b.orderLineId, quantity: 3 },
        { orderLineId: c.orderLineId, quantity: 11 },
      ],
    });
    expect(second.status).toBe(201);
    expect(second.body.status).toBe('shipped');
    const shipment2 = second.body.shipments[1];
    expect(shipment2.trackingUrl).toBe('https://www.dbschenker.com/app/tracking-public/?refNumber=SCH%204711%2F2');
    const invoice2 = await invoice(invoiceOf(shipment2).id);
    expect(invoice2.number).toBe(invoice1.number + 1);
    expect(invoice2.lines.map((l) => [l.sku, l.quantity])).toEqual([
      ['FF-A-1', 4],
      ['FF-B-1', 3],
      ['FF-C-1', 11],
    ]);
    for (const key of ['netOre', 'vatOre', 'grossOre'] as const)
      expect(invoice1[key] + invoice2[key]).toBe(order.totals[key]);

    // The customer's order page: shipments with tracking links; its invoices by order.
    const shipments = await t.http.get<Shipment[]>(`/orders/${order.id}/shipments`, { token: purchaser });
    expect(shipments.body.map((s) => s.trackingNumber)).toEqual(['70701234567890', 'SCH 4711/2']);
    const byOrder = await t.http.get<InvoicePage>(`/invoices?orderId=${order.id}`, { token: purchaser });
    expect(byOrder.body.items.map((i) => i.number)).toEqual([invoice2.number, invoice1.number]);

    // Delivered, once.
    // The shipment is read once, inside the transaction (it was read once more before it).
    const firstDelivered = await statementsDuring(async () =>
      expect((await desk(`/shipments/${shipment1.id}/delivered`)).body.status).toBe('shipped'),
    );
    expect(firstDelivered.filter((sql) => /SELECT order_id FROM shipments/.test(sql))).toHaveLength(1);
    const done = await desk(`/shipments/${shipment2.id}/delivered`);
    expect(done.body.status).toBe('delivered');
    const again = await desk(`/shipments/${shipment2.id}/delivered`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('shipment_already_delivered');

    // The e-mails, in the outbox with the shipment: confirmed, shipped with its link, the invoice with its PDF.
    const mails = await t.sql<{ kind: string; body: string; files: string[] }>(
      `SELECT m.kind, m.body, array_remove(array_agg(a.filename), NULL) AS files
       FROM outbox_messages m LEFT JOIN outbox_attachments a ON a.message_id = m.id
       WHERE m.kind IN ('order_confirmed', 'order_shipped', 'invoice_issued') AND m.body LIKE '%' || $1 || '%'
       GROUP BY m.id ORDER BY m.created_at`,
      [String(order.number)],
    );
    // A shipment's two e-mails share its transaction's timestamp: compare them as a set.
    expect(mails.map((m) => m.kind).sort()).toEqual(
      ['order_confirmed', 'order_shipped', 'order_shipped', 'invoice_issued', 'invoice_issued'].sort(),
    );
    const shippedMails = mails.filter((m) => m.kind === 'order_shipped').map((m) => m.body);
    expect(shippedMails.some((body) => body.includes('https://tracking.bring.com/tracking/70701234567890'))).toBe(true);
    // Every link opens a page the portal routes: the order's page, where its invoices are.
    for (const mail of mails) {
      expect(mail.body).toContain(`/orders/${order.id}`);
      expect(mail.body).not.toContain('/invoices/');
    }
    expect(mails.filter((m) => m.kind === 'invoice_issued').map((m) => m.files)).toEqual(
      expect.arrayContaining([[`faktura-${invoice1.number}.pdf`], [`faktura-${invoice2.number}.pdf`]]),
    );
    // The outbox renders the invoices' PDFs as it sends them: every one went out, none failed.
    expect(await t.deliverMail()).toBeGreaterThanOrEqual(5);
    const unsent = await t.sql(
      `SELECT m.id FROM outbox_messages m JOIN outbox_attachments a ON a.message_id = m.id
       WHERE a.renderer = 'invoice_pdf' AND (m.sent_at IS NULL OR m.last_error IS NOT NULL)`,
    );
    expect(unsent).toEqual([]);
  });

  it('refuses bad shipments naming the line, and writes nothing of them', async () => {
    const order = await placeOrder(
      [
        { sku: 'FF-A-1', quantity: 2 },
        { sku: 'FF-C-1', quantity: 5 },
      ],
      { partialDelivery: true },
    );
    const placed = await desk(`/orders/${order.id}/shipments`, {
      carrier: 'bring',
      trackingNumber: 'X1',
      lines: [{ orderLineId: order.lines[0].id, quantity: 1 }],
    });
    expect(placed.status).toBe(409);
    expect(placed.body.code).toBe('order_transition_not_allowed');

    const detail = await confirmed(order);
    const a = lineOf(detail, 'FF-A-1');
    const c = lineOf(detail, 'FF-C-1');
    await t.sql(`UPDATE order_lines SET cancelled_quantity = quantity WHERE id = $1`, [c.orderLineId]);
    const before = await counts();
    const ship = (lines: unknown, trackingNumber = 'OK-1') =>
      desk(`/orders/${order.id}/shipments`, { carrier: 'postnord', trackingNumber, lines });

    const tooMany = await ship([{ orderLineId: a.orderLineId, quantity: 3 }]);
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.code).toBe('shipment_exceeds_open_quantity');
    expect(tooMany.body.details).toEqual([
      expect.objectContaining({ field: 'lines.0.quantity', message: expect.stringContaining('FF-A-1') }),
    ]);

    const cancelled = await ship([{ orderLineId: c.orderLineId, quantity: 1 }]);
    expect(cancelled.status).toBe(422);
    expect(cancelled.body.code).toBe('order_line_cancelled');
    expect(cancelled.body.details?.[0].message).toContain('FF-C-1');

    const unknown = await ship([{ orderLineId: '00000000-0000-4000-8000-000000000000', quantity: 1 }]);
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('unknown_order_line');
    const twice = await ship([
      { orderLineId: a.orderLineId, quantity: 1 },
      { orderLineId: a.orderLineId, quantity: 1 },
    ]);
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('duplicate_order_line');
    expect(twice.body.details).toEqual([
      expect.objectContaining({ field: 'lines.1.orderLineId', code: 'duplicate_order_line' }),
    ]);

    for (const bad of ['AB\u0007CD', 'AB\nCD', 'AB\u200bCD']) {
      const control = await ship([{ orderLineId: a.orderLineId, quantity: 1 }], bad);
      expect(control.status).toBe(400);
      expect(control.body.details?.map((d) => d.field)).toEqual(['trackingNumber']);
    }
    expect(await counts()).toEqual(before);
  });

  it('ships an order without partial delivery complete only', async () => {
    const order = await placeOrder([
      { sku: 'FF-A-1', quantity: 2 },
      { sku: 'FF-C-1', quantity: 5 },
    ]);
    const detail = await confirmed(order);
    const a = lineOf(detail, 'FF-A-1');
    const c = lineOf(detail, 'FF-C-1');
    const part = await desk(`/orders/${order.id}/shipments`, {
      carrier: 'dhl',
      trackingNumber: '1234567890',
      lines: [
        { orderLineId: a.orderLineId, quantity: 2 },
        { orderLineId: c.orderLineId, quantity: 4 },
      ],
    });
    expect(part.status).toBe(422);
    expect(part.body.code).toBe('order_ships_complete');
    expect(part.body.details?.[0].message).toContain('FF-C-1');
    const whole = await desk(`/orders/${order.id}/shipments`, {
      carrier: 'dhl',
      trackingNumber: '1234567890',
      lines: [
        { orderLineId: a.orderLineId, quantity: 2 },
        { orderLineId: c.orderLineId, quantity: 5 },
      ],
    });
    expect(whole.status).toBe(201);
    expect(whole.body.status).toBe('shipped');
    const [only] = whole.body.shipments;
    const single = await invoice(invoiceOf(only).id);
    expect(single.lines.map((l) => [l.description, l.lineTotalOre]).slice(2)).toEqual([
      ['Frakt', order.shippingCharges.standardFeeOre],
    ]);
    expect([single.netOre, single.vatOre, single.grossOre]).toEqual([
      order.totals.netOre,
      order.totals.vatOre,
      order.totals.grossOre,
    ]);
  });

  it('gives 20 concurrent shipments of different orders 20 consecutive invoice numbers', async () => {
    const orders: OrderDeskDetail[] = [];
    for (let i = 0; i < 20; i++) orders.push(await confirmed(await placeOrder([{ sku: 'FF-C-1', quantity: 1 + i }])));
    const responses = await Promise.all(
      orders.map((detail, i) =>
        desk(`/orders/${detail.id}/shipments`, {
          carrier: 'bring',
          trackingNumber: `CONC-${i}`,
          lines: detail.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.openQuantity })),
        }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => invoiceOf(r.body.shipments[0]).number).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => numbers[0] + i));
    const [{ max }] = await t.sql<{ max: string }>(`SELECT max(number) AS max FROM invoices`);
    expect(Number(max)).toBe(numbers[19]);
  });

  it('lets two shipments of one order race without over-shipping', async () => {
    const order = await placeOrder([{ sku: 'FF-A-1', quantity: 4 }], { partialDelivery: true });
    const detail = await confirmed(order);
    const line = detail.lines[0];
    const responses = await Promise.all(
      [1, 2].map((n) =>
        desk(`/orders/${order.id}/shipments`, {
          carrier: 'bring',
          trackingNumber: `RACE-${n}`,
          lines: [{ orderLineId: line.orderLineId, quantity: 3 }],
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 422]);
  });

  it('costs the same statements to ship 2 lines as 40', async () => {
    const skus = Array.from({ length: 40 }, (_, i) => `FF-S-${i}`);
    await insertProducts(
      t,
      skus.map((sku) => ({ sku, listPriceOre: 1_000 + 7 * skus.indexOf(sku) })),
    );
    const shipWhole = async (count: number) => {
      const detail = await confirmed(await placeOrder(skus.slice(0, count).map((sku) => ({ sku, quantity: 2 }))));
      const statements = await statementsDuring(() =>
        desk(`/orders/${detail.id}/shipments`, {
          carrier: 'postnord',
          trackingNumber: `STMT-${count}`,
          lines: detail.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.openQuantity })),
        }),
      );
      return statements.length;
    };
    const small = await shipWhole(2);
    expect(await shipWhole(40)).toBe(small);
  });

  it('keeps desk routes from customers and other companies’ invoices from each other', async () => {
    const order = await placeOrder([{ sku: 'FF-C-1', quantity: 1 }]);
    for (const path of [`/staff/orders/${order.id}`])
      expect((await t.http.get(path, { token: purchaser })).status).toBe(403);
    expect((await t.http.post(`/staff/orders/${order.id}/confirm`, undefined, { token: purchaser })).status).toBe(403);
    const detail = await confirmed(order);
    const shipped = await desk(`/orders/${order.id}/shipments`, {
      carrier: 'bring',
      trackingNumber: 'ISO-1',
      lines: detail.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.openQuantity })),
    });
    const invoiceId = invoiceOf(shipped.body.shipments[0]).id;
    expect((await t.http.get(`/invoices/${invoiceId}`, { token: purchaser })).status).toBe(200);
    for (const suffix of ['', '.pdf', '.xml'])
      expect((await t.http.get(`/invoices/${invoiceId}${suffix}`, { token: fjord })).status).toBe(404);
    expect((await t.http.get(`/orders/${order.id}/shipments`, { token: fjord })).status).toBe(404);
    const fjordPage = await t.http.get<InvoicePage>('/invoices', { token: fjord });
    expect(fjordPage.body.items.map((i) => i.id)).not.toContain(invoiceId);
    const staffPage = await t.http.get<InvoicePage>('/invoices?kind=invoice&pageSize=100', { token: consultant });
    expect(staffPage.body.items.map((i) => i.id)).toContain(invoiceId);
  });

  it('refuses to change an invoice in the database', async () => {
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM invoices LIMIT 1`);
    await expect(t.sql(`UPDATE invoices SET gross_ore = 0 WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(t.sql(`UPDATE invoice_lines SET quantity = 1 WHERE invoice_id = $1`, [id])).rejects.toThrow(
      /immutable/,
    );
  });

  it('draws an invoice with the seller it was issued by, whatever the settings say later', async () => {
    const detail = await confirmed(await placeOrder([{ sku: 'FF-C-1', quantity: 2 }]));
    const shipped = await desk(`/orders/${detail.id}/shipments`, {
      carrier: 'bring',
      trackingNumber: 'SELLER-1',
      lines: detail.lines.map((line) => ({ orderLineId: line.orderLineId, quantity: line.openQuantity })),
    });
    expect(shipped.status).toBe(201);
    const invoiceId = shipped.body.shipments.at(-1)?.invoice?.id;
    // The shop changes its registered name after the invoice went out.
    const seller = t.app.get<AppConfig>(APP_CONFIG).seller;
    const issuedBy = seller.legalName;
    seller.legalName = 'Omdøpt Lys AS';
    try {
      const xml = (await fetchFile(`/invoices/${invoiceId}.xml`)).bytes.toString('utf8');
      expect(xml).toContain(`<cbc:RegistrationName>${issuedBy}</cbc:RegistrationName>`);
      expect(xml).not.toContain('Omdøpt Lys AS');
    } finally {
      seller.legalName = issuedBy;
    }
  });

  it('renders every invoice and credit note as a PDF people can read and an EHF that passes Peppol validation', async () => {
    // A credit note of the first line of one invoice, through the service after-sales will call.
    const [source] = await t.sql<{ id: string }>(
      `SELECT i.id FROM invoices i JOIN companies c ON c.id = i.company_id
       WHERE i.kind = 'invoice' AND c.name = 'Nordlys Elektro AS' ORDER BY i.number LIMIT 1`,
    );
    const issuer = t.app.get(InvoiceIssuer);
    const creditId = await t.dataSource.transaction((manager) =>
      issuer.issueCreditNote(manager, source.id, '2026-12-01', [{ position: 1, quantity: 1 }], 'Returned: one damaged'),
    );
    const credit = await invoice(creditId);
    expect(credit).toMatchObject({ kind: 'credit_note', status: 'paid', credits: { id: source.id } });
    // What was credited before counts: a line cannot go back more often than it was invoiced.
    const [first] = await t.sql<{ quantity: number }>(
      `SELECT quantity FROM invoice_lines WHERE invoice_id = $1 AND position = 1`,
      [source.id],
    );
    const creditNote = (lines: { position: number; quantity: number }[]) =>
      t.dataSource.transaction((manager) => issuer.issueCreditNote(manager, source.id, '2026-12-01', lines, null));
    await expect(creditNote([{ position: 1, quantity: first.quantity }])).rejects.toMatchObject({
      code: 'validation_failed',
      details: [expect.objectContaining({ field: 'lines.0.quantity', code: 'exceeds_invoiced' })],
    });
    await expect(
      creditNote([
        { position: 1, quantity: 1 },
        { position: 1, quantity: 1 },
      ]),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ code: 'duplicate_position' })] });
    await expect(creditNote([{ position: 1, quantity: 0 }])).rejects.toMatchObject({
      details: [expect.objectContaining({ code: 'invalid_quantity' })],
    });
    await expect(creditNote([{ position: 99, quantity: 1 }])).rejects.toMatchObject({
      details: [expect.objectContaining({ code: 'unknown_position' })],
    });

    const pdf = await fetchFile(`/invoices/${source.id}.pdf`);
    expect(pdf.type).toBe('application/pdf');
    const text = pdfText(pdf.bytes);
    const shown = await invoice(source.id);
    expect(text).toContain(String(shown.number));
    expect(text).toContain(shown.kid);
    expect(text.replace(/\s/g, '')).toContain(nok(shown.grossOre));
    expect(text).toMatch(/Foretaksregisteret/);

    const all = await t.sql<{ id: string }>(`SELECT id FROM invoices ORDER BY number`);
    const dir = mkdtempSync(join(tmpdir(), 'lumen-ehf-'));
    const files: string[] = [];
    for (const { id } of all) {
      const xml = await fetchFile(`/invoices/${id}.xml`);
      expect(xml.type).toMatch(/^application\/xml/);
      const file = join(dir, `${id}.xml`);
      writeFileSync(file, xml.bytes);
      files.push(file);
    }
    expect(files.length).toBeGreaterThan(25);
    const report = validate(files);
    expect(report.fatal).toEqual([]);
    expect(report.files).toBe(files.length);
  }, 120_000);

  async function fetchFile(path: string): Promise<{ type: string; bytes: Buffer }> {
    const response = await fetch(`${t.http.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${purchaserOr(path)}` },
    });
    expect(response.status).toBe(200);
    return { type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
  }
  // Staff read every company's documents; the purchaser its own.
  const purchaserOr = (path: string) => (path.endsWith('.xml') ? consultant : purchaser);
});

/** The invoice every shipment has. */
function invoiceOf(shipment: Shipment): { id: string; number: number } {
  if (!shipment.invoice) throw new Error(`shipment ${shipment.number} has no invoice`);
  return shipment.invoice;
}

const addDaysIso = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** `1 675,00` as the Norwegian PDF writes it, without spaces. */
const nok = (ore: number) =>
  (ore / 100).toLocaleString('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\s/g, '');

function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
}

/**
 * `../shared/peppol/validate.sh` over every file in one call (one JVM start per rule set): the
 * fatal rules it reports, and how many files it summarised (`<name>: N fatal, M warnings`).
 */
function validate(files: string[]): { fatal: string[]; files: number } {
  let output: string;
  try {
    output = execFileSync(join(__dirname, '../../../../shared/peppol/validate.sh'), files, { encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  const lines = output.split('\n');
  const summaries = lines.filter((line) => /^\S+\.xml: \d+ fatal/.test(line));
  const fatal = [
    ...lines.filter((line) => /^\s+\S+: fatal /.test(line)),
    ...summaries.filter((line) => !/: 0 fatal/.test(line)),
  ];
  return { fatal, files: summaries.length };
}
