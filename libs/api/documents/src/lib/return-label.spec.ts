import { execFileSync } from 'node:child_process';
import { sellerDetailsFrom } from './seller-config';
import { renderReturnLabelPdf, type ReturnLabelDocument } from './return-label';

const pdfText = (bytes: Buffer) =>
  execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes })
    .toString('utf8')
    .replace(/\u00a0/g, ' ');

const label = (overrides: Partial<ReturnLabelDocument> = {}): ReturnLabelDocument => ({
  language: 'nb',
  seller: sellerDetailsFrom({}),
  sender: {
    name: 'Nordlys Elektro AS',
    address: { line1: 'Storgata 1', line2: null, postalCode: '0155', city: 'Oslo', country: 'NO' },
  },
  rmaNumber: 'RMA-000123',
  orderNumber: 100_042,
  createdOn: '2026-12-02',
  lines: [
    { sku: 'LT-10001', name: 'Downlight 10 W', quantity: 3 },
    { sku: 'LT-10002', name: 'Driver 350 mA', quantity: 1 },
  ],
  ...overrides,
});

describe('return label PDF', () => {
  it('prints the RMA number, both addresses, the order and the packing list, in Norwegian', async () => {
    const text = pdfText(await renderReturnLabelPdf(label()));
    expect(text).toContain('RETURETIKETT');
    expect(text).toContain('RMA-000123');
    expect(text).toContain('Nordlys Elektro AS');
    expect(text).toContain('0155 Oslo');
    expect(text).toContain(sellerDetailsFrom({}).legalName);
    expect(text).toContain('Ordre 100042 · Dato 02.12.2026');
    expect(text).toMatch(/LT-10001\s+Downlight 10 W\s+3/);
    expect(text).toMatch(/LT-10002\s+Driver 350 mA\s+1/);
  });

  it('speaks English to an English reader', async () => {
    const text = pdfText(await renderReturnLabelPdf(label({ language: 'en' })));
    expect(text).toContain('RETURN LABEL');
    expect(text).toContain('Order 100042 · Date 2 Dec 2026');
    expect(text).toContain('Packing list');
  });

  it('speaks French to a French reader', async () => {
    const text = pdfText(await renderReturnLabelPdf(label({ language: 'fr' })));
    expect(text).toContain('ÉTIQUETTE DE RETOUR');
    expect(text).toContain('Expéditeur');
    expect(text).toContain('Destinataire');
    expect(text).toContain('Commande 100042 · Date 02/12/2026');
    expect(text).toContain('Liste de colisage');
    expect(text).toMatch(/Référence\s+Désignation\s+Qté/);
    expect(text).toContain('Le retour est gratuit avec cette étiquette.');
  });

  it('carries a packing list of many lines over a second page', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({ sku: `LT-${20000 + i}`, name: `Item ${i}`, quantity: 1 }));
    const text = pdfText(await renderReturnLabelPdf(label({ lines })));
    expect(text.split('\f').filter((page) => page.trim()).length).toBe(2);
    expect(text).toContain('LT-20059');
  });
});
