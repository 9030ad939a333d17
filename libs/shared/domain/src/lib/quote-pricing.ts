import { lineTotal } from './money';
import { tierUnitPrice } from './pricing';

/** What the consultant's price of a quote line depends on. */
export interface OfferedLine {
  quantity: number;
  listPriceOre: number;
  /** The customer's tier price as it was when the quote was requested. */
  tierUnitPriceOre: number;
  discountPercent: number | null;
  /** Null on a line that takes the tier price or the discount. */
  unitPriceOre: number | null;
}

/**
 * The consultant's price for a line (PRODUCT.md §4, "a price the consultant sets on a quote
 * overrides the tier price"): an explicit unit price, else a discount off list price, else the
 * customer's tier price as it was when the quote was requested. The API prices drafts and
 * revisions with it, and the desk's editor shows the same figures while the consultant types.
 */
export function offeredUnitPrice(line: OfferedLine): number {
  if (line.unitPriceOre !== null) return line.unitPriceOre;
  if (line.discountPercent !== null) return tierUnitPrice(line.listPriceOre, line.discountPercent, false);
  return line.tierUnitPriceOre;
}

export function offeredTotal(lines: readonly OfferedLine[]): number {
  return lines.reduce((sum, line) => sum + lineTotal(offeredUnitPrice(line), line.quantity), 0);
}
