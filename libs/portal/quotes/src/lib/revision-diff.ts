import type { QuoteLineView, QuoteRevisionView } from '@lumen/shared/contracts';

export type LineChange = 'added' | 'removed' | 'changed' | 'same';

export interface LineDiff {
  sku: string;
  change: LineChange;
  /** The line in this revision; for a removed line, the previous revision's line. */
  line: QuoteLineView;
  previous: QuoteLineView | null;
  priceChanged: boolean;
  quantityChanged: boolean;
}

/**
 * What changed from the previous revision, line by line (by article number): lines added or
 * removed, and for the others whether the unit price or the quantity differs. Removed lines
 * come last, so the customer reads the current offer first.
 */
export function diffRevision(current: QuoteRevisionView, previous: QuoteRevisionView | null): LineDiff[] {
  if (!previous)
    return current.lines.map((line) => ({
      sku: line.sku,
      change: 'same',
      line,
      previous: null,
      priceChanged: false,
      quantityChanged: false,
    }));
  const before = new Map(previous.lines.map((line) => [line.sku, line]));
  const now = new Set(current.lines.map((line) => line.sku));
  const kept = current.lines.map((line): LineDiff => {
    const old = before.get(line.sku) ?? null;
    if (!old) return { sku: line.sku, change: 'added', line, previous: null, priceChanged: false, quantityChanged: false };
    const priceChanged = old.unitPriceOre !== line.unitPriceOre;
    const quantityChanged = old.quantity !== line.quantity;
    return {
      sku: line.sku,
      change: priceChanged || quantityChanged ? 'changed' : 'same',
      line,
      previous: old,
      priceChanged,
      quantityChanged,
    };
  });
  const removed = previous.lines
    .filter((line) => !now.has(line.sku))
    .map((line): LineDiff => ({ sku: line.sku, change: 'removed', line, previous: line, priceChanged: false, quantityChanged: false }));
  return [...kept, ...removed];
}
