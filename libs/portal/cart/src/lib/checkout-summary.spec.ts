import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ShippingCharges } from '@lumen/shared/contracts';
import { CART_TRANSLATIONS } from './cart.translations';
import { CheckoutSummary } from './checkout-summary';

const shipping: ShippingCharges = {
  standardFeeOre: 35_000,
  expressSurchargeOre: 0,
  bulkySurchargeOre: 0,
  totalOre: 35_000,
  freeStandardShipping: false,
};

async function render(charges: ShippingCharges | null) {
  const translations = TestBed.inject(TranslationService);
  translations.register(CORE_TRANSLATIONS);
  translations.register(CART_TRANSLATIONS);
  translations.setLocale('nb');
  const fixture = TestBed.createComponent(CheckoutSummary);
  fixture.componentRef.setInput('lines', [
    { sku: 'LT-10000', name: 'Geiranger downlight', quantity: 4, lineTotalOre: 307_604 },
    { sku: 'LT-10001', name: 'Elv skinnespot', quantity: 8, lineTotalOre: 1_351_568 },
  ]);
  fixture.componentRef.setInput('shipping', charges);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return (id: string) => element.querySelector(`[data-testid=${id}]`)?.textContent?.replace(/\s/g, ' ').trim();
}

describe('CheckoutSummary', () => {
  beforeEach(() => localStorage.clear());

  it('shows goods, shipping, VAT on both and the total before the order is placed', async () => {
    const text = await render(shipping);
    expect(text('summary-goods')).toBe('kr 16 591,72');
    expect(text('summary-shipping')).toBe('kr 350,00');
    // 25 % of 16 591,72 + 350,00 = 4 235,43
    expect(text('summary-vat')).toBe('kr 4 235,43');
    expect(text('summary-total')).toBe('kr 21 177,15');
  });

  it('asks for an address before it can say what shipping and the total come to', async () => {
    const text = await render(null);
    expect(text('summary-goods')).toBe('kr 16 591,72');
    expect(text('summary-shipping')).toBeUndefined();
    expect(text('summary-total')).toBeUndefined();
  });
});
