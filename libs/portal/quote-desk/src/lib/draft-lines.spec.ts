import {
  type EditableLine,
  liveDraftTotalOre,
  liveOfferedOre,
  parseDecimal,
  toDraftInput,
  toEditable,
} from './draft-lines';

const line = {
  productId: 'p',
  sku: 'LT-1',
  name: 'Downlight',
  quantity: 10,
  listPriceOre: 10000,
  tierUnitPriceOre: 9000,
  unitPriceOre: 9000,
  discountPercent: null,
  lineTotalOre: 90000,
};

describe('draft lines', () => {
  it('reads Norwegian and English decimals', () => {
    expect(parseDecimal('1 234,50')).toBe(1234.5);
    expect(parseDecimal('85.5')).toBe(85.5);
    expect(parseDecimal('12,5 %')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
  });

  it('knows a tier-priced, a priced and a discounted line apart', () => {
    expect(toEditable(line)).toMatchObject({ mode: 'tier', value: '' });
    expect(toEditable({ ...line, unitPriceOre: 8550 })).toMatchObject({ mode: 'price', value: '85,50' });
    expect(toEditable({ ...line, discountPercent: 12.5, unitPriceOre: 8750 })).toMatchObject({
      mode: 'discount',
      value: '12,5',
    });
  });

  it('sends øre for a price and percent for a discount', () => {
    const editable = toEditable(line);
    expect(toDraftInput({ ...editable, mode: 'price', value: '85,50' })).toEqual({
      sku: 'LT-1',
      quantity: 10,
      unitPriceOre: 8550,
    });
    expect(toDraftInput({ ...editable, mode: 'discount', value: '25' })).toEqual({
      sku: 'LT-1',
      quantity: 10,
      discountPercent: 25,
    });
    expect(toDraftInput(editable)).toEqual({ sku: 'LT-1', quantity: 10 });
  });
});

describe('the editor’s live prices', () => {
  const editable = (overrides: Partial<EditableLine> = {}): EditableLine => ({ ...toEditable(line), ...overrides });

  it('follows what the consultant types, by the API’s rule', () => {
    expect(liveOfferedOre(editable())).toBe(9000);
    expect(liveOfferedOre(editable({ mode: 'price', value: '85,50' }))).toBe(8550);
    // A discount is off the list price, rounded half up: 10000 × 0.875
    expect(liveOfferedOre(editable({ mode: 'discount', value: '12,5' }))).toBe(8750);
    expect(liveDraftTotalOre([editable(), editable({ mode: 'price', value: '85,50', quantity: 2 })])).toBe(
      10 * 9000 + 2 * 8550,
    );
  });

  it('shows no figure for a value that is not a number yet, or a line the API has not priced', () => {
    expect(liveOfferedOre(editable({ mode: 'price', value: '85,' }))).toBeNull();
    expect(liveOfferedOre(editable({ mode: 'discount', value: '120' }))).toBeNull();
    expect(liveDraftTotalOre([editable(), editable({ listPriceOre: null, tierUnitPriceOre: null })])).toBeNull();
  });
});
