import type { StaffProduct } from '@lumen/shared/contracts';
import { createRequestOf, formValueOf, productForm, updateRequestOf } from './product-form';

const STORED: StaffProduct = {
  id: 'p1',
  sku: 'LT-10423',
  name: 'Downlight 7 W',
  description: 'Slim',
  keywords: ['downlight', 'slim'],
  category: { id: 'c1', slug: 'downlights', name: 'Downlights', nameEn: 'Downlights' },
  brand: 'Lumen',
  listPriceOre: 12990,
  lighting: {
    wattage: 7.5,
    lumen: 600,
    colourTemperatureK: 3000,
    cri: 90,
    ipRating: 'IP44',
    beamAngle: 60,
    dimmable: true,
  },
  stockStatus: 'in_stock',
  stockDate: null,
  bulky: false,
  netPriced: false,
  lifecycle: 'active',
  replacementSku: null,
  image: null,
  datasheetUrl: null,
  version: 4,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
};

function filled() {
  const form = productForm();
  form.setValue(formValueOf(STORED));
  return form;
}

describe('product form', () => {
  it('accepts a stored product as it is', () => {
    expect(filled().valid).toBe(true);
  });

  it('asks for the fields a product cannot be without', () => {
    const form = productForm();
    for (const field of ['sku', 'name', 'categoryId', 'brand', 'listPrice'] as const)
      expect(form.controls[field].hasError('required')).toBe(true);
  });

  it.each([
    ['lt-1', true],
    ['LT 1', false],
    ['A', false],
    ['LT-10423/B', false],
    ['X'.repeat(33), false],
  ])('checks the article number format: %s', (sku, valid) => {
    const form = filled();
    form.controls.sku.setValue(sku);
    expect(form.controls.sku.hasError('sku')).toBe(!valid);
  });

  it.each([
    ['wattage', 7.25, false],
    ['wattage', 100_001, false],
    ['wattage', 0, true],
    ['lumen', 10.5, false],
    ['colourTemperatureK', 900, false],
    ['colourTemperatureK', 10_000, true],
    ['cri', 101, false],
    ['beamAngle', 0, false],
    ['beamAngle', 360, true],
  ] as const)('keeps %s = %s within the lighting ranges', (field, value, valid) => {
    const form = filled();
    form.controls.lighting.controls[field].setValue(value);
    expect(form.controls.lighting.controls[field].hasError('range')).toBe(!valid);
  });

  it('refuses a negative price and more than two decimals (øre are whole)', () => {
    const form = filled();
    form.controls.listPrice.setValue(-1);
    expect(form.controls.listPrice.hasError('range')).toBe(true);
    form.controls.listPrice.setValue(12.345);
    expect(form.controls.listPrice.hasError('range')).toBe(true);
    form.controls.listPrice.setValue(0);
    expect(form.controls.listPrice.valid).toBe(true);
  });

  it('reads an IP rating in any case, and refuses what is not one', () => {
    const ip = filled().controls.lighting.controls.ipRating;
    ip.setValue('ipx4');
    expect(ip.valid).toBe(true);
    ip.setValue('IP4');
    expect(ip.hasError('ipRating')).toBe(true);
  });

  it('asks for the date exactly when the supplier confirmed one', () => {
    const form = filled();
    form.controls.stockStatus.setValue('supplier_date_confirmed');
    expect(form.controls.stockDate.hasError('stockDateRequired')).toBe(true);
    expect(form.valid).toBe(false);
    form.controls.stockDate.setValue('2026-12-20');
    expect(form.valid).toBe(true);
    form.controls.stockDate.setValue('');
    form.controls.stockStatus.setValue('remote_warehouse');
    expect(form.controls.stockDate.errors).toBeNull();
    expect(form.valid).toBe(true);
  });

  it('creates with the SKU normalised, the price in øre, and only the date and replacement that apply', () => {
    const form = filled();
    form.patchValue({
      sku: ' lt-777 ',
      listPrice: 129.9,
      keywords: 'spot, ute  hage',
      stockStatus: 'remote_warehouse',
      stockDate: '2026-12-20',
      lifecycle: 'active',
      replacementSku: 'LT-1',
    });
    const request = createRequestOf(form.getRawValue());
    expect(request).toMatchObject({
      sku: 'LT-777',
      listPriceOre: 12990,
      keywords: ['spot', 'ute', 'hage'],
      stockDate: null,
      replacementSku: null,
    });
    form.patchValue({ lifecycle: 'end_of_life', replacementSku: 'lt-2' });
    expect(createRequestOf(form.getRawValue()).replacementSku).toBe('LT-2');
  });

  it('sends lighting data as the contract has it: unknown dimmable is null, IP upper-case', () => {
    const form = filled();
    form.controls.lighting.patchValue({ dimmable: '', ipRating: 'ip65', wattage: null });
    expect(createRequestOf(form.getRawValue()).lighting).toEqual({
      wattage: null,
      lumen: 600,
      colourTemperatureK: 3000,
      cri: 90,
      ipRating: 'IP65',
      beamAngle: 60,
      dimmable: null,
    });
  });

  it('updates only what changed, with the version it was read at', () => {
    const form = filled();
    expect(updateRequestOf(STORED, form.getRawValue())).toEqual({ version: 4 });
    form.patchValue({ lifecycle: 'end_of_life', replacementSku: 'LT-20000', listPrice: 150 });
    expect(updateRequestOf(STORED, form.getRawValue())).toEqual({
      version: 4,
      lifecycle: 'end_of_life',
      replacementSku: 'LT-20000',
      listPriceOre: 15000,
    });
  });
});
