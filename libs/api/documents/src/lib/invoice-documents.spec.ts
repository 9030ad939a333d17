import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { creditNoteFixture, invoiceFixture } from '../testing/document-fixtures';
import { DocumentModelError } from './document-checks';
import type { InvoiceDocument } from './document-model';
import { formatAmount } from './money-format';
import { renderInvoicePdf } from './pdf/pdf-documents';
import { renderInvoiceUbl } from './ubl/invoice-ubl';

const VALIDATE = resolve(__dirname, '../../../../../../shared/peppol/validate.sh');

/** Every document the suite renders, each written as .pdf and .xml and validated together. */
const invoice = invoiceFixture(6);
const bigInvoice = invoiceFixture(200, { number: 100_050 });
const english = invoiceFixture(3, {
  number: 100_060,
  language: 'en',
  purchaseOrderReference: null,
  delivery: null,
  buyer: { ...invoice.buyer, contact: null },
});
// A later invoice of the same order: no shipping or bulky surcharge.
const laterInvoice = invoiceFixture(2, { number: 100_070 }, { count: 1, netOre: 500_000, vatOre: 125_000 });
const creditNote = creditNoteFixture(invoice);
const bigCreditNote = creditNoteFixture(bigInvoice, { number: 100_051, language: 'en', note: null });
const french = invoiceFixture(6, { number: 100_080, language: 'fr' });
const frenchCreditNote = creditNoteFixture(french, { note: 'Retour : deux luminaires sont arrivés endommagés.' });

const documents: Record<string, InvoiceDocument> = {
  'invoice-6-lines': invoice,
  'invoice-200-lines': bigInvoice,
  'invoice-en-no-po-no-delivery': english,
  'invoice-no-charges': laterInvoice,
  'credit-note-of-invoice-6-lines': creditNote,
  'credit-note-of-invoice-200-lines-en': bigCreditNote,
  'invoice-fr': french,
  'credit-note-fr': frenchCreditNote,
};

let folder: string;
let validation: { status: number | null; output: string };
const pdfText: Record<string, string> = {};
const xml: Record<string, string> = {};

function pdftotext(file: string): string {
  // Spaces as pdftotext lays them out; NBSP (thousands separator in nb) read as a space.
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lumen-documents-'));
  for (const [name, doc] of Object.entries(documents)) {
    xml[name] = renderInvoiceUbl(doc);
    writeFileSync(join(folder, `${name}.xml`), xml[name]);
    writeFileSync(join(folder, `${name}.pdf`), await renderInvoicePdf(doc));
    pdfText[name] = pdftotext(join(folder, `${name}.pdf`));
  }
  // One run for all of them: the validator starts Java once per rule set.
  const run = spawnSync(
    VALIDATE,
    Object.keys(documents).map((name) => join(folder, `${name}.xml`)),
    { encoding: 'utf8' },
  );
  validation = { status: run.status, output: `${run.stdout}${run.stderr}` };
}, 180_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('EHF (Peppol BIS Billing 3.0)', () => {
  it('passes the official EN 16931 and Peppol rules: 0 fatal, 0 warnings for every document', () => {
    expect(validation.output).not.toMatch(/could not run|not found/);
    for (const name of Object.keys(documents)) expect(validation.output).toContain(`${name}.xml: 0 fatal, 0 warnings`);
    expect(validation.status).toBe(0);
  });

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    removeNSPrefix: true,
  });

  it('names both parties by organisation number (0192), the seller as NO…MVA and Foretaksregisteret', () => {
    const doc = parser.parse(xml['invoice-6-lines']).Invoice;
    const seller = doc.AccountingSupplierParty.Party;
    expect(seller.EndpointID).toEqual({ '@schemeID': '0192', '#text': '123456785' });
    expect(seller.PartyTaxScheme[0].CompanyID).toBe('NO123456785MVA');
    expect(seller.PartyLegalEntity.CompanyLegalForm).toBe('Foretaksregisteret');
    expect(doc.AccountingCustomerParty.Party.EndpointID).toEqual({ '@schemeID': '0192', '#text': '923609016' });
    expect(doc.CustomizationID).toBe('urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0');
  });

  it('asks for payment by credit transfer with the KID and the seller account, due in the invoice terms', () => {
    const doc = parser.parse(xml['invoice-6-lines']).Invoice;
    expect(doc.PaymentMeans.PaymentMeansCode['#text']).toBe('30');
    expect(doc.PaymentMeans.PaymentID).toBe(invoice.kid);
    expect(doc.PaymentMeans.PayeeFinancialAccount.ID).toBe('NO7112345678903');
    expect(doc.DueDate).toBe('2026-12-31');
    expect(doc.BuyerReference).toBe('PO-2026-0815');
    expect(doc.OrderReference).toEqual({ ID: 'PO-2026-0815', SalesOrderID: '100123' });
  });

  it('writes every amount with two decimals from øre, charges as document-level charges', () => {
    const doc = parser.parse(xml['invoice-6-lines']).Invoice;
    expect(doc.LegalMonetaryTotal.PayableAmount['#text']).toMatch(/^\d+\.\d{2}$/);
    expect(doc.LegalMonetaryTotal.PayableAmount['#text']).toBe(
      formatAmount(invoice.totals.grossOre, 'en').replace(/,/g, ''),
    );
    expect(
      doc.AllowanceCharge.map((charge: { AllowanceChargeReasonCode: string }) => charge.AllowanceChargeReasonCode),
    ).toEqual(['FC', 'SH']);
    expect(doc.InvoiceLine).toHaveLength(6);
  });

  it('falls back to the order number when the buyer gave no PO reference (PEPPOL-EN16931-R003)', () => {
    const doc = parser.parse(xml['invoice-en-no-po-no-delivery']).Invoice;
    expect(doc.BuyerReference).toBe('100123');
    expect(doc.OrderReference).toEqual({ ID: 'NA', SalesOrderID: '100123' });
    expect(doc.Delivery).toBeUndefined();
  });

  it('makes a credit note a CreditNote (381) that references the invoice it credits, without payment means', () => {
    const doc = parser.parse(xml['credit-note-of-invoice-6-lines']).CreditNote;
    expect(doc.CreditNoteTypeCode).toBe('381');
    expect(doc.BillingReference.InvoiceDocumentReference).toEqual({ ID: '100042', IssueDate: '2026-12-01' });
    expect(doc.PaymentMeans).toBeUndefined();
    expect(doc.CreditNoteLine).toHaveLength(2);
  });

  it('differs for a French reader only in its free texts: the payment terms and the charges named in French', () => {
    const doc = parser.parse(xml['invoice-fr']).Invoice;
    expect(doc.PaymentTerms.Note).toBe(`À régler au plus tard le 31/12/2026 en indiquant le KID ${french.kid}.`);
    expect(
      doc.AllowanceCharge.map((charge: { AllowanceChargeReason: string }) => charge.AllowanceChargeReason),
    ).toEqual(['Frais de port', 'Supplément colis volumineux']);
    const norwegian = parser.parse(renderInvoiceUbl({ ...french, language: 'nb' })).Invoice;
    expect(doc.LegalMonetaryTotal).toEqual(norwegian.LegalMonetaryTotal);
    expect(doc.IssueDate).toBe(norwegian.IssueDate);
    expect(doc.DueDate).toBe(norwegian.DueDate);
  });

  it('escapes markup in text and drops characters XML cannot carry', () => {
    const tricky = invoiceFixture(1);
    tricky.lines[0].description = 'Spot <b>&</b> "Ærø"\u0007 \'1\'';
    const doc = parser.parse(renderInvoiceUbl(tricky)).Invoice;
    expect(doc.InvoiceLine.Item.Name).toBe('Spot <b>&</b> "Ærø" \'1\'');
  });
});

describe('invoice PDF', () => {
  it('shows the number, the KID and the total of every document', () => {
    for (const [name, doc] of Object.entries(documents)) {
      const text = pdfText[name];
      expect(text).toContain(String(doc.number));
      expect(text).toContain(doc.kid);
      expect(text).toContain(formatAmount(doc.totals.grossOre, doc.language).replace(/\u00a0/g, ' '));
    }
  });

  it('is Norwegian by default with the seller written "NO … MVA" and Foretaksregisteret, the PO as "Deres ref."', () => {
    const text = pdfText['invoice-6-lines'];
    expect(text).toMatch(/^\s*Lumen Trade\s+Faktura/);
    expect(text).toContain('NO 123 456 785 MVA');
    expect(text).toContain('Foretaksregisteret');
    expect(text).toMatch(/Deres ref\.\s+PO-2026-0815/);
    expect(text).toMatch(/Forfallsdato\s+31\.12\.2026/);
    expect(text).toMatch(/Mva\. 25 %/);
    expect(text).toMatch(/Frakt\s+1\s+149,00/);
    expect(text).toContain('Tillegg for stort gods');
    expect(text).toContain('1234.56.78903');
  });

  it('speaks English to an English-speaking customer', () => {
    const text = pdfText['invoice-en-no-po-no-delivery'];
    expect(text).toMatch(/^\s*Lumen Trade\s+Invoice/);
    expect(text).toMatch(/Due date\s+31 Dec 2026/);
    expect(text).toMatch(/Amount due NOK\s+[\d,]+\.\d{2}/);
    expect(text).not.toContain('Faktura');
    expect(text).not.toContain('Deres ref.');
  });

  it('speaks French to a French-speaking customer: dates 31/12/2026, amounts 1 234,50, the amount due before NOK', () => {
    const text = pdfText['invoice-fr'];
    expect(text).toMatch(/^\s*Lumen Trade\s+Facture/);
    expect(text).toMatch(/N° de facture\s+100080/);
    expect(text).toMatch(/Date de facture\s+01\/12\/2026/);
    expect(text).toMatch(/Date d'échéance\s+31\/12\/2026/);
    expect(text).toMatch(/Votre réf\.\s+PO-2026-0815/);
    expect(text).toMatch(/N° de commande\s+100123/);
    expect(text).toMatch(/Pos\.\s+Référence\s+Désignation\s+Qté\s+Prix unitaire\s+Montant/);
    expect(text).toMatch(/Frais de port\s+1\s+149,00/);
    expect(text).toContain('Supplément colis volumineux');
    expect(text).toMatch(/TVA 25 % \(Base \d[\d ]*,\d{2}\)/);
    const due = formatAmount(french.totals.grossOre, 'fr').replace(/\u00a0/g, ' ');
    expect(due).toMatch(/^\d{1,3}( \d{3})*,\d{2}$/);
    expect(text).toMatch(new RegExp(`Net à payer NOK\\s+${due}`));
    expect(text).toMatch(new RegExp(`Net à payer\\s+${due} NOK`));
    expect(text).toContain('À régler sur le compte');
    expect(text).toContain(`À régler au plus tard le 31/12/2026 en indiquant le KID ${french.kid}.`);
    expect(text).toContain('Page 1 sur 1');
    expect(text).not.toMatch(/Faktura|Invoice|Deres ref\.|Due date/);
  });

  it('titles a French credit note "Avoir" and names the invoice it credits', () => {
    const text = pdfText['credit-note-fr'];
    expect(text).toMatch(/^\s*Lumen Trade\s+Avoir/);
    expect(text).toMatch(/N° d'avoir\s+100081/);
    expect(text).toMatch(/Facture créditée\s+100080 \(01\/12\/2026\)/);
    expect(text).toContain("Montant de l'avoir NOK");
    expect(text).toContain('Avoir imputé sur la facture 100080.');
    expect(text).not.toContain("Date d'échéance");
    expect(text).not.toContain('Kreditnota');
  });

  it('runs 200 lines over several pages, repeating the table header and numbering every page', () => {
    // pdftotext ends every page with a form feed.
    const pages = pdfText['invoice-200-lines'].split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text).toContain(`Side ${i + 1} av ${pages.length}`);
      if (i < pages.length - 1) expect(text).toMatch(/Pos\.\s+Varenr\.\s+Beskrivelse\s+Antall\s+Enhetspris\s+Beløp/);
    });
    expect(pdfText['invoice-200-lines']).toMatch(/\n\s*200\s+LT-10199\s/);
    // The amount due and the payment box (account, KID) are never split over two pages.
    const withTotal = pages.findIndex((text) => text.includes('Å betale NOK'));
    expect(withTotal).toBeGreaterThan(0);
    expect(pages[withTotal]).toContain('Betales til konto');
  });

  it('titles a credit note "Kreditnota" and names the invoice it credits, with no due date', () => {
    const text = pdfText['credit-note-of-invoice-6-lines'];
    expect(text).toMatch(/^\s*Lumen Trade\s+Kreditnota/);
    expect(text).toMatch(/Krediterer faktura\s+100042 \(01\.12\.2026\)/);
    expect(text).toContain('Kreditert beløp NOK');
    expect(text).not.toContain('Forfallsdato');
    expect(text).toContain('Retur: to armaturer kom skadet fram.');
  });
});

describe('document amounts', () => {
  it('refuses to render amounts that disagree, in either format', async () => {
    const wrongLine = invoiceFixture(2);
    wrongLine.lines[1].lineTotalOre += 1;
    expect(() => renderInvoiceUbl(wrongLine)).toThrow(/line 2: 14 × 9919 øre is not 138867 øre/);
    expect(() => renderInvoiceUbl(wrongLine)).toThrow(DocumentModelError);
    await expect(renderInvoicePdf(wrongLine)).rejects.toThrow(DocumentModelError);
    const wrongVat = invoiceFixture(2);
    wrongVat.totals.vatOre += 1;
    expect(() => renderInvoiceUbl(wrongVat)).toThrow(/VAT breakdown/);
    const wrongGross = invoiceFixture(2);
    wrongGross.totals.grossOre += 1;
    expect(() => renderInvoiceUbl(wrongGross)).toThrow(/is not gross/);
    expect(() => renderInvoiceUbl({ ...invoiceFixture(1), lines: [] })).toThrow(/at least one line/);
  });
});
