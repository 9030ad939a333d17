import { execFileSync } from 'node:child_process';
import type { OrderDetail, QuoteDetail } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A French-speaking user's documents are French (issue 17): the language stored on the user
 * reaches the invoice, the credit note, the order confirmation and the quote — their text and
 * the name of the downloaded file.
 */
describe('documents of a French-speaking user', () => {
  let t: TestApp;
  let buyer: string;
  const file = async (path: string) => {
    const response = await fetch(`${t.http.baseUrl}${path}`, { headers: { authorization: `Bearer ${buyer}` } });
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    return { disposition: response.headers.get('content-disposition') ?? '', bytes };
  };
  const pdfText = (bytes: Buffer) =>
    execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes })
      .toString('utf8')
      .replace(/\u00a0/g, ' ');
  /** The first of Nordlys's rows of `table` that `where` picks, from the demo history. */
  const nordlys = async (table: 'invoices' | 'orders', where: string) =>
    (
      await t.sql<{ id: string; number: string }>(
        `SELECT id, number FROM ${table} WHERE company_id = (SELECT id FROM companies WHERE name = 'Nordlys Elektro AS')
         AND ${where} ORDER BY number LIMIT 1`,
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp();
    await t.sql(`UPDATE users SET language = 'fr' WHERE email = 'buyer@nordlys.test'`);
    buyer = await t.http.tokenFor('buyer@nordlys.test');
  });
  afterAll(() => t.close());

  it('prints an invoice as a "Facture" named facture-<number>.pdf, dates 31/12/2026, and its EHF as facture-<number>.xml', async () => {
    const invoice = await nordlys('invoices', `kind = 'invoice' AND order_id IS NOT NULL`);
    const pdf = await file(`/invoices/${invoice.id}.pdf`);
    expect(pdf.disposition).toBe(`attachment; filename="facture-${invoice.number}.pdf"`);
    const text = pdfText(pdf.bytes);
    expect(text).toMatch(/^\s*Lumen Trade\s+Facture/);
    expect(text).toMatch(new RegExp(`N° de facture\\s+${invoice.number}`));
    expect(text).toMatch(/Date d'échéance\s+\d{2}\/\d{2}\/\d{4}/);
    expect(text).toMatch(/Net à payer NOK\s+\d{1,3}( \d{3})*,\d{2}/);
    expect(text).not.toContain('Faktura');
    const xml = await file(`/invoices/${invoice.id}.xml`);
    expect(xml.disposition).toBe(`attachment; filename="facture-${invoice.number}.xml"`);
    expect(xml.bytes.toString('utf8')).toContain('en indiquant le KID');
  });

  it('prints a credit note as an "Avoir" named avoir-<number>.pdf', async () => {
    const note = await nordlys('invoices', `kind = 'credit_note'`);
    const pdf = await file(`/invoices/${note.id}.pdf`);
    expect(pdf.disposition).toBe(`attachment; filename="avoir-${note.number}.pdf"`);
    const text = pdfText(pdf.bytes);
    expect(text).toMatch(/^\s*Lumen Trade\s+Avoir/);
    expect(text).toMatch(/Facture créditée\s+\d+ \(\d{2}\/\d{2}\/\d{4}\)/);
    expect(text).not.toContain('Kreditnota');
  });

  it('prints an order confirmation as a "Confirmation de commande"', async () => {
    const order = await nordlys('orders', 'TRUE');
    const detail = (await t.http.get<OrderDetail>(`/orders/${order.id}`, { token: buyer })).body;
    const pdf = await file(`/orders/${order.id}/confirmation.pdf`);
    expect(pdf.disposition).toBe(`attachment; filename="confirmation-de-commande-${detail.number}.pdf"`);
    const text = pdfText(pdf.bytes);
    expect(text).toMatch(/^\s*Lumen Trade\s+Confirmation de commande/);
    expect(text).toMatch(new RegExp(`N° de commande\\s+${detail.number}`));
    expect(text).toMatch(/Conditions de paiement\s+\d+ jours net/);
    expect(text).toMatch(/Total TTC NOK/);
  });

  it('prints a quote revision as a "Devis" named devis-<number>-rev-1.pdf', async () => {
    const [published] = await t.sql<{ id: string }>(
      `SELECT id FROM quotes WHERE company_id = (SELECT id FROM companies WHERE name = 'Nordlys Elektro AS')
       AND current_revision >= 1 ORDER BY requested_at LIMIT 1`,
    );
    const quote = (await t.http.get<QuoteDetail>(`/quotes/${published.id}`, { token: buyer })).body;
    const pdf = await file(`/quotes/${quote.id}/revisions/1.pdf`);
    expect(pdf.disposition).toBe(`attachment; filename="devis-${quote.number}-rev-1.pdf"`);
    const text = pdfText(pdf.bytes);
    expect(text).toMatch(/^\s*Lumen Trade\s+Devis/);
    expect(text).toMatch(new RegExp(`N° de devis\\s+${quote.number}`));
    expect(text).toMatch(/Valable jusqu'au\s+\d{2}\/\d{2}\/\d{4}/);
  });
});
