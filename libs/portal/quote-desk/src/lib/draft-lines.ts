import type { QuoteDraftLineInput, QuoteLineView } from '@lumen/shared/contracts';
import { offeredUnitPrice } from '@lumen/shared/domain';

export type PricingMode = 'tier' | 'price' | 'discount';

/** A draft line as the editor holds it: the consultant types kroner or a percentage. */
export interface EditableLine {
  sku: string;
  name: string;
  quantity: number;
  listPriceOre: number | null;
  tierUnitPriceOre: number | null;
  offeredOre: number | null;
  mode: PricingMode;
  /** Kroner for `price` ("85,50"), percent for `discount` ("12,5"); empty for `tier`. */
  value: string;
}

export function toEditable(line: QuoteLineView): EditableLine {
  const isPrice = line.discountPercent === null && line.unitPriceOre !== line.tierUnitPriceOre;
  return {
    sku: line.sku,
    name: line.name,
    quantity: line.quantity,
    listPriceOre: line.listPriceOre,
    tierUnitPriceOre: line.tierUnitPriceOre,
    offeredOre: line.unitPriceOre,
    mode: line.discountPercent !== null ? 'discount' : isPrice ? 'price' : 'tier',
    value:
      line.discountPercent !== null
        ? String(line.discountPercent).replace('.', ',')
        : isPrice
          ? (line.unitPriceOre / 100).toFixed(2).replace('.', ',')
          : '',
  };
}

/** "1 234,50" or "1234.5" → a number; NaN for anything else. */
export function parseDecimal(text: string): number {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/**
 * The unit price the line offers as the consultant types — the API's own rule
 * (`offeredUnitPrice`) on what is typed — or null while the value is not a number yet or the
 * line has not been priced by the API (just added).
 */
export function liveOfferedOre(line: EditableLine): number | null {
  if (line.listPriceOre === null || line.tierUnitPriceOre === null) return null;
  const typed = line.mode === 'tier' ? null : parseDecimal(line.value);
  if (typed !== null && (Number.isNaN(typed) || (line.mode === 'discount' && typed > 100))) return null;
  return offeredUnitPrice({
    quantity: line.quantity,
    listPriceOre: line.listPriceOre,
    tierUnitPriceOre: line.tierUnitPriceOre,
    unitPriceOre: line.mode === 'price' && typed !== null ? Math.round(typed * 100) : null,
    discountPercent: line.mode === 'discount' ? typed : null,
  });
}

/** The draft's total excl. VAT as typed; null while any line has no price yet. */
export function liveDraftTotalOre(lines: readonly EditableLine[]): number | null {
  let total = 0;
  for (const line of lines) {
    const unit = liveOfferedOre(line);
    if (unit === null) return null;
    total += unit * line.quantity;
  }
  return total;
}

/** The API's draft line: unit price in øre or discount in percent, or neither for the tier price. */
export function toDraftInput(line: EditableLine): QuoteDraftLineInput {
  const base = { sku: line.sku, quantity: line.quantity };
  if (line.mode === 'price') return { ...base, unitPriceOre: Math.round(parseDecimal(line.value) * 100) };
  if (line.mode === 'discount') return { ...base, discountPercent: parseDecimal(line.value) };
  return base;
}
