import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ProductPrice } from '@lumen/shared/contracts';
import { CATALOG_TRANSLATIONS } from './catalog.translations';
import { ProductPriceView } from './product-price';

const gold: ProductPrice = {
  listPriceOre: 10001,
  tier: 'gold',
  discountPercent: 10,
  netPriced: false,
  unitPriceOre: 9001,
  unitPriceInclVatOre: 11251,
};

function render(price?: ProductPrice, detailed = true) {
  const fixture = TestBed.createComponent(ProductPriceView);
  fixture.componentRef.setInput('price', price);
  fixture.componentRef.setInput('detailed', detailed);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('ProductPriceView', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(CATALOG_TRANSLATIONS);
    translations.setLocale('nb');
  });

  it('asks a visitor to register instead of showing a price', () => {
    const element = render(undefined);
    expect(element.querySelector('[data-testid=price]')).toBeNull();
    expect(element.textContent).toContain('Registrer deg som bedriftskunde for å se priser.');
  });

  it('leaves a visitor’s product card without the register text (the catalogue says it once, above the results)', () => {
    const element = render(undefined, false);
    expect(element.querySelector('[data-testid=price]')).toBeNull();
    expect(element.textContent?.trim()).toBe('');
  });

  it("shows a customer's price excl. and incl. VAT in the tier's colour, with the tier named", () => {
    const element = render(gold);
    const price = element.querySelector('[data-testid=price]');
    expect(price?.getAttribute('data-tier')).toBe('gold');
    expect(price?.classList).toContain('tier-gold');
    expect(element.querySelector('[data-testid=unit-price]')?.textContent?.replace(/\s/g, ' ')).toBe('kr 90,01');
    expect(element.querySelector('[data-testid=unit-price-incl]')?.textContent?.replace(/\s/g, ' ')).toBe('kr 112,51');
    expect(element.textContent).toContain('Gull');
    expect(element.textContent).toContain('10 % gull-rabatt');
  });

  it('says a net-priced product has no discount, and shows staff the list price', () => {
    expect(render({ ...gold, netPriced: true, discountPercent: 0, unitPriceOre: 10001 }).textContent).toContain(
      'Nettopris',
    );
    const staff = render({ ...gold, tier: null, discountPercent: 0, unitPriceOre: 10001, unitPriceInclVatOre: 12501 });
    expect(staff.querySelector('[data-testid=price]')?.getAttribute('data-tier')).toBe('list');
    expect(staff.textContent).toContain('Listepris (ansatt)');
  });
});
