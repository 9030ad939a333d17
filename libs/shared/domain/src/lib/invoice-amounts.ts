import { assertOre, lineTotal, type Ore } from './money';
import { vatOf, type VatTotals } from './vat';

/** Goods on an invoice or credit note: a unit price excl. VAT and how many units. */
export interface InvoicedUnits {
  unitPriceOre: Ore;
  quantity: number;
}

/** What earlier documents of the same order (or invoice) already charged. */
export interface InvoicedSoFar {
  /** How many documents came before; 0 for the first. */
  count: number;
  netOre: Ore;
  vatOre: Ore;
}

export interface ShipmentInvoiceInput {
  /** The shipment's goods: each order line's unit price and the quantity in this shipment. */
  lines: readonly InvoicedUnits[];
  /** The order's charges excl. VAT; only the first invoice of the order carries them. */
  order: { shippingOre: Ore; bulkySurchargeOre: Ore };
  /** The order's earlier invoices (credit notes not counted). */
  previous: InvoicedSoFar;
}

export interface ShipmentInvoiceAmounts extends VatTotals {
  /** Per input line, unit price × quantity, in input order. */
  lineTotalsOre: Ore[];
  goodsOre: Ore;
  /** 0 except on the order's first invoice. */
  shippingOre: Ore;
  bulkySurchargeOre: Ore;
}

function sumOre(amounts: readonly Ore[], what: string): Ore {
  const sum = amounts.reduce<number>((acc, amount) => acc + assertOre(amount, what), 0);
  if (!Number.isSafeInteger(sum)) throw new RangeError(`${what}s add up to too much`);
  return sum;
}

function assertSoFar(soFar: InvoicedSoFar, what: string): void {
  if (!Number.isSafeInteger(soFar.count) || soFar.count < 0)
    throw new RangeError(`${what} count must be a non-negative whole number, got ${soFar.count}`);
  assertOre(soFar.netOre, `${what} net`);
  assertOre(soFar.vatOre, `${what} VAT`);
}

/**
 * The amounts of the invoice of one shipment (PRODUCT.md §13): the shipped goods, plus shipping
 * and the bulky surcharge on the order's first invoice only.
 *
 * The order computed its VAT once, on its total (vat.ts). Rounding each invoice's VAT on its
 * own would let the invoices of an order drift from the order by up to ½ øre each, so the VAT
 * is cumulative: invoice k carries VAT(net of invoices 1..k) − VAT already invoiced. When every
 * unit has shipped, the invoices add up to the order's net, VAT and gross exactly, and each
 * invoice's VAT stays within 1 øre of its own net × 25 % (EN 16931 BR-CO-17 allows less than
 * one currency unit).
 */
export function shipmentInvoiceAmounts(input: ShipmentInvoiceInput): ShipmentInvoiceAmounts {
  assertSoFar(input.previous, 'previous invoice');
  const lineTotalsOre = input.lines.map((line) => lineTotal(line.unitPriceOre, line.quantity));
  const goodsOre = sumOre(lineTotalsOre, 'line total');
  const first = input.previous.count === 0;
  const shippingOre = first ? assertOre(input.order.shippingOre, 'shipping') : 0;
  const bulkySurchargeOre = first ? assertOre(input.order.bulkySurchargeOre, 'bulky surcharge') : 0;
  const netOre = sumOre([goodsOre, shippingOre, bulkySurchargeOre], 'invoice amount');
  const vatOre = vatOf(input.previous.netOre + netOre) - input.previous.vatOre;
  if (vatOre < 0) throw new RangeError('previous invoices carry more VAT than their net allows');
  return { lineTotalsOre, goodsOre, shippingOre, bulkySurchargeOre, netOre, vatOre, grossOre: netOre + vatOre };
}

export interface CreditNoteInput {
  /** The credited invoice's totals. */
  invoice: VatTotals;
  /** What earlier credit notes of this invoice credited. */
  previous: InvoicedSoFar;
  /** What this credit note gives back: goods lines, and a charge (shipping) as quantity 1. */
  lines: readonly InvoicedUnits[];
}

export interface CreditNoteAmounts extends VatTotals {
  lineTotalsOre: Ore[];
}

/**
 * The amounts of a credit note of part (or all) of one invoice, as positive numbers.
 *
 * The rule: the credited net is the credited units at the invoice's prices; its VAT is
 * cumulative over the invoice's credit notes like an order's invoices (VAT(net credited so far)
 * − VAT credited before), except that the credit note which brings the invoice's net to zero
 * gives back exactly the VAT that is left, so a fully credited invoice nets to 0 øre even when
 * the invoice's own VAT was 1 øre off its net × 25 %. A credit note can never give back more
 * net or VAT than the invoice has left.
 */
export function creditNoteAmounts(input: CreditNoteInput): CreditNoteAmounts {
  assertSoFar(input.previous, 'previous credit note');
  const lineTotalsOre = input.lines.map((line) => lineTotal(line.unitPriceOre, line.quantity));
  const netOre = sumOre(lineTotalsOre, 'line total');
  const leftNetOre = input.invoice.netOre - input.previous.netOre;
  const leftVatOre = input.invoice.vatOre - input.previous.vatOre;
  if (netOre > leftNetOre)
    throw new RangeError(`a credit note of ${netOre} øre exceeds the ${leftNetOre} øre left on the invoice`);
  const vatOre =
    netOre === leftNetOre
      ? leftVatOre
      : Math.min(leftVatOre, vatOf(input.previous.netOre + netOre) - input.previous.vatOre);
  if (vatOre < 0) throw new RangeError('previous credit notes carry more VAT than the invoice has');
  return { lineTotalsOre, netOre, vatOre, grossOre: netOre + vatOre };
}
