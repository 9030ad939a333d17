import {
  creditNoteAmounts,
  kidFor,
  shipmentInvoiceAmounts,
  VAT_PERCENT,
  type InvoicedSoFar,
} from '@lumen/shared/domain';
import type { DocumentLine, InvoiceDocument, VatBreakdown } from '../lib/document-model';
import { sellerDetailsFrom } from '../lib/seller-config';

/** Documents for the specs and the benchmark, with amounts computed by the domain rules. */

function breakdown(netOre: number, vatOre: number): VatBreakdown[] {
  return [{ ratePercent: VAT_PERCENT, taxableOre: netOre, vatOre }];
}

/** `count` lines of varied products at odd øre prices, some names long enough to be cut. */
export function goodsLines(count: number): DocumentLine[] {
  return Array.from({ length: count }, (_, i) => {
    const unitPriceOre = 1_999 + ((i * 7_919) % 250_000) + (i % 3);
    const quantity = 1 + ((i * 13) % 40);
    return {
      position: i + 1,
      sku: `LT-${String(10_000 + i)}`,
      description:
        i % 17 === 0
          ? `Downlight Ærø ${i} – 2700 K, dimbar, IP44, hvit, med ekstra lang beskrivelse som ikke får plass på én linje`
          : `Lampe ${i} Øst, 3000 K`,
      quantity,
      unitPriceOre,
      lineTotalOre: unitPriceOre * quantity,
    };
  });
}

const NOTHING_YET: InvoicedSoFar = { count: 0, netOre: 0, vatOre: 0 };

/**
 * An invoice of `lineCount` goods lines; the order's first (`previous` nothing) also carries
 * shipping and the bulky surcharge.
 */
export function invoiceFixture(
  lineCount: number,
  overrides: Partial<InvoiceDocument> = {},
  previous: InvoicedSoFar = NOTHING_YET,
): InvoiceDocument {
  const lines = goodsLines(lineCount);
  const amounts = shipmentInvoiceAmounts({
    lines,
    order: { shippingOre: 14_900, bulkySurchargeOre: 49_900 },
    previous,
  });
  const number = 100_042;
  return {
    kind: 'invoice',
    language: 'nb',
    number,
    issueDate: '2026-12-01',
    dueDate: '2026-12-31',
    kid: kidFor(number),
    seller: sellerDetailsFrom({}),
    buyer: {
      name: 'Nordlys Elektro AS',
      organisationNumber: '923609016',
      address: { line1: 'Storgata 12', line2: 'Postboks 44', postalCode: '0155', city: 'Oslo', country: 'NO' },
      contact: { name: 'Kari Nordmann', email: 'buyer@nordlys.test', phone: '+47 912 34 567' },
    },
    order: { number: 100_123, placedOn: '2026-11-28' },
    purchaseOrderReference: 'PO-2026-0815',
    delivery: {
      date: '2026-12-01',
      address: { line1: 'Byggeplass Bjørvika', line2: null, postalCode: '0191', city: 'Oslo', country: 'NO' },
      recipient: { name: 'Ola Hansen', email: null, phone: '+47 923 45 678' },
    },
    lines,
    charges:
      previous.count > 0
        ? []
        : [
            { kind: 'shipping', amountOre: amounts.shippingOre },
            { kind: 'bulky_surcharge', amountOre: amounts.bulkySurchargeOre },
          ],
    totals: {
      netOre: amounts.netOre,
      vatOre: amounts.vatOre,
      grossOre: amounts.grossOre,
      vatBreakdown: breakdown(amounts.netOre, amounts.vatOre),
    },
    credits: null,
    note: null,
    ...overrides,
  };
}

/** A credit note of some units of the first two lines of `invoice`. */
export function creditNoteFixture(invoice: InvoiceDocument, overrides: Partial<InvoiceDocument> = {}): InvoiceDocument {
  const lines = invoice.lines.slice(0, 2).map((line, i) => {
    const quantity = Math.max(1, Math.floor(line.quantity / 2));
    return { ...line, position: i + 1, quantity, lineTotalOre: line.unitPriceOre * quantity };
  });
  const amounts = creditNoteAmounts({ invoice: invoice.totals, previous: NOTHING_YET, lines });
  const number = invoice.number + 1;
  return {
    ...invoice,
    kind: 'credit_note',
    number,
    issueDate: '2026-12-10',
    dueDate: null,
    kid: kidFor(number),
    lines,
    charges: [],
    totals: {
      netOre: amounts.netOre,
      vatOre: amounts.vatOre,
      grossOre: amounts.grossOre,
      vatBreakdown: breakdown(amounts.netOre, amounts.vatOre),
    },
    credits: { number: invoice.number, issueDate: invoice.issueDate },
    note: 'Retur: to armaturer kom skadet fram.',
    ...overrides,
  };
}
