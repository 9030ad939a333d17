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
    ['-LT1', false],
    ['LT 1', false],
    ['A', false],
    ['LT-10423/B', false],
    ['X'.repeat(33), false],
  ])('checks the article number format: %s', (sku, valid) => {
    const form = filled();
    form.controls.sku.setValue(sku);
    expect(form.controls.sku.hasError('invalid_sku')).toBe(!valid);
  });

  it.each([
    ['wattage', 7.25, false, 'not_whole'],
    ['wattage', 100_001, false, 'out_of_range'],
    ['wattage', 0, true, ''],
    ['lumen', 10.5, false, 'not_whole'],
    ['colourTemperatureK', 900, false, 'out_of_range'],
    ['colourTemperatureK', 10_000, true, ''],
    ['cri', 101, false, 'out_of_range'],
    ['beamAngle', 0, false, 'out_of_range'],
    ['beamAngle', 360, true, ''],
  ] as const)('keeps %s = %s within the domain’s lighting ranges', (field, value, valid, code) => {
    const form = filled();
    const control = form.controls.lighting.controls[field];
    control.setValue(value);
    expect(control.valid).toBe(valid);
    if (!valid) expect(control.hasError(code)).toBe(true);
  });

  it('refuses a negative price and more than two decimals (øre are whole)', () => {
    const form = filled();
    form.controls.listPrice.setValue(-1);
    expect(form.controls.listPrice.hasError('out_of_range')).toBe(true);
    form.controls.listPrice.setValue(12.345);
    expect(form.controls.listPrice.hasError('not_whole')).toBe(true);
    form.controls.listPrice.setValue(129.9);
    expect(form.controls.listPrice.valid).toBe(true);
    form.controls.listPrice.setValue(0);
    expect(form.controls.listPrice.valid).toBe(true);
  });

  it('reads an IP rating in any case, and refuses what is not one', () => {
    const ip = filled().controls.lighting.controls.ipRating;
    ip.setValue('ipx4');
    expect(ip.valid).toBe(true);
    ip.setValue('IP4');
    expect(ip.hasError('invalid_value')).toBe(true);
  });

  it('keeps an error of its own next to a rule’s, and drops only the rule’s once it is kept', () => {
    const form = filled();
    const price = form.controls.listPrice;
    price.setValue(-1);
    price.setErrors({ ...price.errors, api: { code: 'x', message: 'from the API' } });
    form.controls.name.setValue('Other'); // any edit re-runs the rules
    expect(price.hasError('api')).toBe(true);
    expect(price.hasError('out_of_range')).toBe(true);
  });

  it('asks for the date exactly when the supplier confirmed one', () => {
    const form = filled();
    form.controls.stockStatus.setValue('supplier_date_confirmed');
    expect(form.controls.stockDate.hasError('stock_date_mismatch')).toBe(true);
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
