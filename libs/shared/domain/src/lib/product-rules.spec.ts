import {
  type ProductDraft,
  productDraftProblems,
  type ReplacementGraph,
  type ReplacementNode,
  replacementProblems,
} from './product-rules';

const draft = (changes: Partial<ProductDraft> = {}): ProductDraft => ({
  sku: 'LT-10423',
  name: 'Downlight 7W',
  description: '',
  keywords: 'spot innfelt',
  brand: 'Lumen',
  listPriceOre: 12_990,
  wattage: 7.5,
  lumen: 650,
  colourTemperatureK: 3000,
  cri: 90,
  ipRating: 'IP44',
  beamAngle: 36,
  stockStatus: 'in_stock',
  stockDate: null,
  lifecycle: 'active',
  replacementSku: null,
  ...changes,
});

const codes = (changes: Partial<ProductDraft>) =>
  productDraftProblems(draft(changes)).map((problem) => `${problem.field}:${problem.code}`);

describe('productDraftProblems', () => {
  it('accepts a complete product, and one without lighting data', () => {
    expect(codes({})).toEqual([]);
    expect(
      codes({ wattage: null, lumen: null, colourTemperatureK: null, cri: null, ipRating: null, beamAngle: null }),
    ).toEqual([]);
  });

  it('refuses an article number that is not upper-case letters, digits and dashes of 2–32', () => {
    expect(codes({ sku: 'lt-1' })).toEqual(['sku:invalid_sku']);
    expect(codes({ sku: '-LT1' })).toEqual(['sku:invalid_sku']);
    expect(codes({ sku: 'L' })).toEqual(['sku:invalid_sku']);
    expect(codes({ sku: `L${'1'.repeat(32)}` })).toEqual(['sku:invalid_sku']);
    expect(codes({ sku: `L${'1'.repeat(31)}` })).toEqual([]);
  });

  it('keeps prices in whole øre ≥ 0', () => {
    expect(codes({ listPriceOre: -1 })).toEqual(['listPriceOre:out_of_range']);
    expect(codes({ listPriceOre: 0 })).toEqual([]);
    expect(codes({ listPriceOre: 12.5 })).toEqual(['listPriceOre:not_whole']);
  });

  it('keeps lighting data in range, at their edges included', () => {
    expect(codes({ colourTemperatureK: 999 })).toEqual(['colourTemperatureK:out_of_range']);
    expect(codes({ colourTemperatureK: 1000 })).toEqual([]);
    expect(codes({ colourTemperatureK: 10_001 })).toEqual(['colourTemperatureK:out_of_range']);
    expect(codes({ cri: 101 })).toEqual(['cri:out_of_range']);
    expect(codes({ beamAngle: 0 })).toEqual(['beamAngle:out_of_range']);
    expect(codes({ beamAngle: 360 })).toEqual([]);
    expect(codes({ lumen: -5 })).toEqual(['lumen:out_of_range']);
    expect(codes({ wattage: 100_001 })).toEqual(['wattage:out_of_range']);
    expect(codes({ wattage: 7.25 })).toEqual(['wattage:not_whole']);
    expect(codes({ wattage: Number.NaN })).toEqual(['wattage:out_of_range']);
    expect(codes({ ipRating: 'IP4' })).toEqual(['ipRating:invalid_value']);
    expect(codes({ ipRating: 'IPX4' })).toEqual([]);
  });

  it('needs names, and texts within their length', () => {
    expect(codes({ name: '  ' })).toEqual(['name:required']);
    expect(codes({ brand: '' })).toEqual(['brand:required']);
    expect(codes({ name: 'x'.repeat(201) })).toEqual(['name:too_long']);
  });

  it('gives a stock date exactly to a confirmed supplier date', () => {
    expect(codes({ stockStatus: 'supplier_date_confirmed', stockDate: null })).toEqual([
      'stockDate:stock_date_mismatch',
    ]);
    expect(codes({ stockStatus: 'in_stock', stockDate: '2027-01-04' })).toEqual(['stockDate:stock_date_mismatch']);
    expect(codes({ stockStatus: 'supplier_date_confirmed', stockDate: '2027-01-04' })).toEqual([]);
  });

  it('gives a replacement only to an end-of-life product', () => {
    expect(codes({ replacementSku: 'LT-2' })).toEqual(['replacementSku:replacement_not_end_of_life']);
    expect(codes({ lifecycle: 'end_of_life', replacementSku: 'LT-2' })).toEqual([]);
  });
});

/** A graph from `SKU: 'active' | '→ REPLACEMENT' | 'eol'`. */
function graph(nodes: Record<string, string>): ReplacementGraph {
  const parsed = new Map<string, ReplacementNode>(
    Object.entries(nodes).map(([sku, spec]) => [
      sku,
      spec === 'active'
        ? { lifecycle: 'active', replacementSku: null }
        : { lifecycle: 'end_of_life', replacementSku: spec.startsWith('→ ') ? spec.slice(2) : null },
    ]),
  );
  return {
    node: (sku) => parsed.get(sku),
    pointingAt: (sku) => [...parsed].filter(([, node]) => node.replacementSku === sku).map(([other]) => other),
  };
}
const problemsOf = (nodes: Record<string, string>, changed: string[]) =>
  Object.fromEntries([...replacementProblems(graph(nodes), changed)].map(([sku, problem]) => [sku, problem.code]));

describe('replacementProblems', () => {
  it('accepts an end-of-life product replaced by an active one, or by none', () => {
    expect(problemsOf({ A: '→ B', B: 'active', C: 'eol' }, ['A', 'B', 'C'])).toEqual({});
  });

  it('refuses a replacement that is not in the catalog', () => {
    expect(problemsOf({ A: '→ X' }, ['A'])).toEqual({ A: 'replacement_not_found' });
  });

  it('refuses a chain to an end-of-life product', () => {
    expect(problemsOf({ A: '→ B', B: 'eol' }, ['A'])).toEqual({ A: 'replacement_not_active' });
    expect(problemsOf({ A: '→ B', B: '→ C', C: 'active' }, ['A'])).toEqual({ A: 'replacement_not_active' });
  });

  it('names a loop as a cycle, however long, and a product replacing itself', () => {
    expect(problemsOf({ A: '→ A' }, ['A'])).toEqual({ A: 'replacement_cycle' });
    expect(problemsOf({ A: '→ B', B: '→ A' }, ['A', 'B'])).toEqual({ A: 'replacement_cycle', B: 'replacement_cycle' });
    expect(problemsOf({ A: '→ B', B: '→ C', C: '→ A' }, ['C'])).toEqual({ C: 'replacement_cycle' });
    const message = replacementProblems(graph({ A: '→ B', B: '→ A' }), ['A']).get('A')?.message;
    expect(message).toBe('Replacements loop: A → B → A');
  });

  it('walks a loop it is not part of without hanging', () => {
    expect(problemsOf({ A: '→ B', B: '→ C', C: '→ B' }, ['A'])).toEqual({ A: 'replacement_not_active' });
  });

  it('keeps a product others point at from becoming end-of-life', () => {
    expect(problemsOf({ A: '→ B', B: 'eol' }, ['B'])).toEqual({ B: 'replacement_in_use' });
  });

  it('checks only the products the change touches', () => {
    expect(problemsOf({ A: '→ X', B: 'active' }, ['B'])).toEqual({});
  });
});
