import type { QuoteLineView, QuoteRevisionView } from '@lumen/shared/contracts';
import { diffRevision } from './revision-diff';

const line = (sku: string, quantity: number, unitPriceOre: number): QuoteLineView => ({
  productId: sku,
  sku,
  name: sku,
  quantity,
  listPriceOre: 10000,
  tierUnitPriceOre: 9000,
  unitPriceOre,
  discountPercent: null,
  lineTotalOre: quantity * unitPriceOre,
});

const revision = (number: number, lines: QuoteLineView[]): QuoteRevisionView => ({
  number,
  publishedAt: '2026-11-22T10:00:00Z',
  publishedBy: { id: 'c', name: 'Consultant' },
  validUntil: '2026-12-22T23:59:59Z',
  message: null,
  lines,
  totalOre: 0,
  totalInclVatOre: 0,
});

describe('diffRevision', () => {
  it('marks nothing on the first revision', () => {
    expect(diffRevision(revision(1, [line('A', 1, 100)]), null).map((d) => d.change)).toEqual(['same']);
  });

  it('finds price and quantity changes, added and removed lines, removed last', () => {
    const before = revision(1, [line('A', 10, 9000), line('B', 4, 15000), line('C', 2, 27000), line('D', 1, 500)]);
    const after = revision(2, [line('A', 10, 8500), line('C', 6, 27000), line('E', 3, 100), line('D', 1, 500)]);
    const diff = diffRevision(after, before);
    expect(diff.map((d) => [d.sku, d.change, d.priceChanged, d.quantityChanged])).toEqual([
      ['A', 'changed', true, false],
      ['C', 'changed', false, true],
      ['E', 'added', false, false],
      ['D', 'same', false, false],
      ['B', 'removed', false, false],
    ]);
    expect(diff[0].previous?.unitPriceOre).toBe(9000);
  });
});
