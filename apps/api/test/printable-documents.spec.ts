import { execFileSync } from 'node:child_process';
import type { OrderDetail, QuoteDetail, StaffQuoteDetail } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The printable order confirmation and quote revision (PRODUCT.md §13, issue 12): a real PDF
 * whose text shows the number and the total, for whoever may read the order or the quote, in
 * the caller's language; another company's, a malformed id and an unpublished revision are 404.
 */
describe('printable documents', () => {
  let t: TestApp;
  let buyer: string;
  let viewer: string;
  let fjord: string;
  let consultant: string;
  let staffOnCustomerRoute: string;
  /** Nordlys's accepted quote with two published revisions, and one nobody has answered yet. */
  let quote: QuoteDetail;
  let unanswered: { id: string };
  let order: OrderDetail;

  beforeAll(async () => {
    t = await startTestApp();
    [buyer, viewer, fjord, consultant] = await Promise.all(
      ['buyer@nordlys.test', 'viewer@nordlys.test', 'admin@fjordbygg.test', 'consultant@lumen.test'].map((email) =>
        t.http.tokenFor(email),
      ),
    );
    staffOnCustomerRoute = consultant;
    const [twice] = await t.sql<{ id: string }>(
      `SELECT q.id FROM quotes q JOIN companies c ON c.id = q.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND q.status = 'accepted' AND q.current_revision >= 2 ORDER BY q.requested_at LIMIT 1`,
    );
    quote = (await t.http.get<QuoteDetail>(`/quotes/${twice.id}`, { token: buyer })).body;
    [unanswered] = await t.sql<{ id: string }>(
      `SELECT q.id FROM quotes q JOIN companies c ON c.id = q.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND q.status = 'in_progress' AND q.current_revision = 0 LIMIT 1`,
    );
    // The accepted quote, ordered through checkout: the confirmation names the quote it came from.
    const [address] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND a.kind = 'delivery' AND a.deleted_at IS NULL ORDER BY a.created_at LIMIT 1`,
    );
    const placed = await t.http.post<OrderDetail>(
      '/orders',
      {
        deliveryAddressId: address.id,
        shippingMethod: 'standard',
        quoteId: quote.id,
        // The quote has bulky goods: checkout asks how they get in.
        accessNotes: { access: 'street_level' },
      },
      { token: buyer, headers: { 'idempotency-key': 'printable-documents-quote-order' } },
    );
    expect(placed.status).toBe(201);
    order = (await t.http.get<OrderDetail>(`/orders/${placed.body.id}`, { token: buyer })).body;
  });
  afterAll(() => t.close());

  describe('quote revision', () => {
    const path = (id: string, revision: number | string) => `/quotes/${id}/revisions/${revision}.pdf`;

    it('answers the published revision as a PDF with its number, revision and total', async () => {
      const first = quote.revisions[0];
      const file = await download(path(quote.id, 1), buyer);
      expect(file.type).toBe('application/pdf');
      expect(file.disposition).toBe(`attachment; filename="tilbud-${quote.number}-rev-1.pdf"`);
      const text = pdfText(file.bytes);
      expect(text).toMatch(new RegExp(`Tilbudsnr\\.\\s+${quote.number}`));
      expect(text).toMatch(/Revisjon\s+1\b/);
      expect(squeezed(text)).toContain(`Totaltinkl.mva.NOK${nok(first.totalInclVatOre)}`);
      for (const line of first.lines) expect(text).toContain(line.sku);
    });

    it('prints the revision asked for, not the newest', async () => {
      const second = quote.revisions[1];
      expect(second.totalInclVatOre).not.toBe(quote.revisions[0].totalInclVatOre);
      const text = pdfText((await download(path(quote.id, 2), buyer)).bytes);
      expect(text).toMatch(/Revisjon\s+2\b/);
      expect(squeezed(text)).toContain(`NOK${nok(second.totalInclVatOre)}`);
      expect(squeezed(text)).not.toContain(`NOK${nok(quote.revisions[0].totalInclVatOre)}`);
    });

    it('lets every role of the company download it, the viewer too', async () => {
      expect((await download(path(quote.id, 1), viewer)).type).toBe('application/pdf');
    });

    it("is written in the caller's language", async () => {
      await t.sql(`UPDATE users SET language = 'en' WHERE email = 'viewer@nordlys.test'`);
      try {
        const file = await download(path(quote.id, 1), viewer);
        expect(file.disposition).toBe(`attachment; filename="quote-${quote.number}-rev-1.pdf"`);
        const text = pdfText(file.bytes);
        expect(text).toMatch(new RegExp(`Quote no\\.\\s+${quote.number}`));
        expect(text).toMatch(/Total incl\. VAT NOK\s+[\d,]+\.\d{2}/);
      } finally {
        await t.sql(`UPDATE users SET language = 'nb' WHERE email = 'viewer@nordlys.test'`);
      }
    });

    it("is 404 for another company's quote, a malformed id or revision, and a revision not published", async () => {
      const status = async (p: string, token = buyer) => (await t.http.get(p, { token })).status;
      expect(await status(path(quote.id, 1), fjord)).toBe(404);
      expect(await status(path('not-a-uuid', 1))).toBe(404);
      for (const revision of ['0', '-1', '1.5', 'one', '99999999999'])
        expect(await status(path(quote.id, revision))).toBe(404);
      expect(await status(path(quote.id, quote.revisions.length + 1))).toBe(404);
      expect(await status(path(unanswered.id, 1))).toBe(404);
    });

    it('refuses staff on the customer route; the desk has its own', async () => {
      expect((await t.http.get(path(quote.id, 1), { token: staffOnCustomerRoute })).status).toBe(403);
    });
  });

  describe('quote revision on the desk', () => {
    const path = (id: string, revision: number) => `/staff/quotes/${id}/revisions/${revision}.pdf`;

    it('answers the same PDF to the consultant, in the consultant’s language', async () => {
      const file = await download(path(quote.id, 1), consultant);
      expect(file.type).toBe('application/pdf');
      expect(squeezed(pdfText(file.bytes))).toContain(`NOK${nok(quote.revisions[0].totalInclVatOre)}`);
    });

    it('does not print a draft: the next revision is 404 until it is published', async () => {
      const draft = await t.http.put<StaffQuoteDetail>(
        `/staff/quotes/${unanswered.id}/draft`,
        { lines: [{ sku: 'LT-10000', quantity: 2, unitPriceOre: 10_000 }], message: 'Utkast' },
        { token: consultant },
      );
      expect(draft.status).toBe(200);
      expect(draft.body.draft.lines).toHaveLength(1);
      expect((await t.http.get(path(unanswered.id, 1), { token: consultant })).status).toBe(404);
    });

    it('is refused to customers', async () => {
      expect((await t.http.get(path(quote.id, 1), { token: buyer })).status).toBe(403);
    });
  });

  describe('order confirmation', () => {
    const path = (id: string) => `/orders/${id}/confirmation.pdf`;

    it('answers the order as a PDF with its number, quote and total', async () => {
      const file = await download(path(order.id), buyer);
      expect(file.type).toBe('application/pdf');
      expect(file.disposition).toBe(`attachment; filename="ordrebekreftelse-${order.number}.pdf"`);
      const text = pdfText(file.bytes);
      expect(text).toMatch(/Ordrebekreftelse/);
      expect(text).toMatch(new RegExp(`Ordrenr\\.\\s+${order.number}`));
      expect(squeezed(text)).toContain(`Totaltinkl.mva.NOK${nok(order.totals.grossOre)}`);
      expect(text).toMatch(new RegExp(`Fra tilbud\\s+Q-0*${order.quote?.number} / Revisjon ${order.quote?.revision}`));
      for (const line of order.lines) expect(text).toContain(line.sku);
      // The order's shipping total carries the bulky surcharge; the paper names it apart.
      expect(order.shippingCharges.bulkySurchargeOre).toBeGreaterThan(0);
      expect(squeezed(text)).toContain(`Tilleggforstortgods1${nok(order.shippingCharges.bulkySurchargeOre)}`);
      const shipping = order.shippingCharges.totalOre - order.shippingCharges.bulkySurchargeOre;
      if (shipping > 0) expect(squeezed(text)).toContain(`Frakt1${nok(shipping)}`);
      else expect(text).not.toMatch(/\bFrakt\b/);
    });

    it('lets the viewer and staff download it', async () => {
      expect((await download(path(order.id), viewer)).type).toBe('application/pdf');
      expect((await download(path(order.id), consultant)).type).toBe('application/pdf');
    });

    it("is 404 for another company's order and a malformed id", async () => {
      expect((await t.http.get(path(order.id), { token: fjord })).status).toBe(404);
      expect((await t.http.get(path('12345'), { token: buyer })).status).toBe(404);
    });
  });

  // Last: it takes Nordlys's billing address away.
  describe('a company without a billing address', () => {
    it('answers 422 naming it rather than printing a quote without one', async () => {
      await t.sql(
        `UPDATE addresses SET deleted_at = now() WHERE kind = 'billing'
         AND company_id = (SELECT id FROM companies WHERE name = 'Nordlys Elektro AS')`,
      );
      const response = await t.http.get(`/quotes/${quote.id}/revisions/1.pdf`, { token: buyer });
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('billing_address_missing');
    });
  });

  async function download(p: string, token: string) {
    const response = await fetch(`${t.http.baseUrl}${p}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return {
      type: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }
});

function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
}

/** The text without any white space, so an amount split by layout spaces still matches. */
const squeezed = (text: string) => text.replace(/\s/g, '');

/** `1 675,00` as the Norwegian PDF writes it, without spaces. */
const nok = (ore: number) =>
  (ore / 100).toLocaleString('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).replace(/\s/g, '');
