import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goodsLines, invoiceFixture } from '../testing/document-fixtures';
import type { OrderConfirmationDocument, QuoteRevisionDocument } from './document-model';
import { renderOrderConfirmationPdf, renderQuoteRevisionPdf } from '../index';

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'lumen-printables-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function textOf(name: string, pdf: Promise<Buffer>): Promise<string> {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, await pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

const invoice = invoiceFixture(4);

describe('order confirmation PDF', () => {
  const confirmation: OrderConfirmationDocument = {
    language: 'nb',
    seller: invoice.seller,
    buyer: invoice.buyer,
    order: { number: 100_123, placedOn: '2026-11-28', placedBy: 'Kari Nordmann' },
    purchaseOrderReference: 'PO-2026-0815',
    delivery: invoice.delivery,
    shippingMethod: 'Standard',
    paymentTermsDays: 30,
    lines: invoice.lines,
    charges: invoice.charges,
    totals: invoice.totals,
    quote: { number: 'Q-000123', revision: 2 },
  };

  it('shows the order, its lines, charges and total in the layout of the invoice', async () => {
    const text = await textOf('order-confirmation', renderOrderConfirmationPdf(confirmation));
    expect(text).toMatch(/^\s*Lumen Trade\s+Ordrebekreftelse/);
    expect(text).toMatch(/Ordrenr\.\s+100123/);
    expect(text).toMatch(/Fra tilbud\s+Q-000123 \/ Revisjon 2/);
    expect(text).toMatch(/Betalingsbetingelser\s+30 dager netto/);
    expect(text).toContain('LT-10003');
    expect(text).toContain('Frakt');
    expect(text).toMatch(/Totalt inkl\. mva\. NOK\s+\d[\d ]*,\d{2}/);
    expect(text).toContain('Side 1 av 1');
    expect(text).toContain('NO 123 456 785 MVA');
  });

  it('reads French for a French-speaking customer', async () => {
    const text = await textOf(
      'order-confirmation-fr',
      renderOrderConfirmationPdf({ ...confirmation, language: 'fr', shippingMethod: 'Express' }),
    );
    expect(text).toMatch(/^\s*Lumen Trade\s+Confirmation de commande/);
    expect(text).toMatch(/N° de commande\s+100123/);
    expect(text).toMatch(/Date de commande\s+28\/11\/2026/);
    expect(text).toMatch(/Commandé par\s+Kari Nordmann/);
    expect(text).toMatch(/Devis d'origine\s+Q-000123 \/ Révision 2/);
    expect(text).toMatch(/Mode de livraison\s+Express/);
    expect(text).toMatch(/Conditions de paiement\s+30 jours net/);
    expect(text).toMatch(/Date de livraison\s+01\/12\/2026/);
    expect(text).toContain('Adresse de livraison');
    expect(text).toContain('Frais de port');
    expect(text).toMatch(/Total TTC NOK\s+\d{1,3}( \d{3})*,\d{2}/);
    expect(text).toContain('Tous les prix sont en NOK hors TVA.');
    expect(text).toContain('Page 1 sur 1');
    expect(text).not.toMatch(/Ordrebekreftelse|Order confirmation/);
  });
});

describe('quote revision PDF', () => {
  const lines = goodsLines(3);
  const netOre = lines.reduce((sum, line) => sum + line.lineTotalOre, 0);
  const vatOre = Math.floor((netOre * 25 + 50) / 100);
  const quote: QuoteRevisionDocument = {
    language: 'en',
    seller: invoice.seller,
    buyer: invoice.buyer,
    quote: {
      number: 'Q-000123',
      revision: 2,
      publishedOn: '2026-11-20',
      validUntil: '2026-12-20',
      consultant: 'Per Konsulent',
    },
    message: 'Prices hold for the whole project if ordered by the 20th.',
    lines,
    totals: {
      netOre,
      vatOre,
      grossOre: netOre + vatOre,
      vatBreakdown: [{ ratePercent: 25, taxableOre: netOre, vatOre }],
    },
  };

  it('shows the revision, its validity, the message and the lines', async () => {
    const text = await textOf('quote-revision', renderQuoteRevisionPdf(quote));
    expect(text).toMatch(/^\s*Lumen Trade\s+Quote/);
    expect(text).toMatch(/Quote no\.\s+Q-000123/);
    expect(text).toMatch(/Revision\s+2/);
    expect(text).toMatch(/Valid until\s+20 Dec 2026/);
    expect(text).toContain('Prices hold for the whole project');
    expect(text).toContain('LT-10002');
    expect(text).toMatch(/Total incl\. VAT NOK\s+[\d,]+\.\d{2}/);
  });

  it('reads French for a French-speaking customer', async () => {
    const text = await textOf(
      'quote-revision-fr',
      renderQuoteRevisionPdf({ ...quote, language: 'fr', message: 'Prix garantis pour tout le chantier.' }),
    );
    expect(text).toMatch(/^\s*Lumen Trade\s+Devis/);
    expect(text).toMatch(/N° de devis\s+Q-000123/);
    expect(text).toMatch(/Révision\s+2/);
    expect(text).toMatch(/Date\s+20\/11\/2026/);
    expect(text).toMatch(/Valable jusqu'au\s+20\/12\/2026/);
    expect(text).toMatch(/Interlocuteur\s+Per Konsulent/);
    expect(text).toContain('Prix garantis pour tout le chantier.');
    expect(text).toMatch(/Désignation/);
    expect(text).toMatch(/Total TTC NOK\s+\d{1,3}( \d{3})*,\d{2}/);
    expect(text).not.toMatch(/Quote no\.|Tilbudsnr\./);
  });
});
