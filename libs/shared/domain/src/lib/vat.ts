import { assertOre, divideHalfUp, type Ore } from './money';

/** Norwegian VAT (MVA) on goods. */
export const VAT_PERCENT = 25;

/** The VAT on a net amount, half-up to the øre. */
export function vatOf(netOre: Ore): Ore {
  return divideHalfUp(assertOre(netOre, 'net amount') * VAT_PERCENT, 100);
}

/** A net amount with its VAT added (what a unit price "incl. VAT" shows). */
export function withVat(netOre: Ore): Ore {
  return netOre + vatOf(netOre);
}

export interface VatTotals {
  netOre: Ore;
  vatOre: Ore;
  grossOre: Ore;
}

/**
 * VAT is computed on the order's total, not line by line (PRODUCT.md §4): summing rounded
 * per-line VAT would drift by up to half an øre per line.
 */
export function totalsWithVat(lineTotalsOre: readonly Ore[]): VatTotals {
  const netOre = lineTotalsOre.reduce<number>((sum, line) => sum + assertOre(line, 'line total'), 0);
  if (!Number.isSafeInteger(netOre)) throw new RangeError('order total is too large');
  const vatOre = vatOf(netOre);
  return { netOre, vatOre, grossOre: netOre + vatOre };
}
