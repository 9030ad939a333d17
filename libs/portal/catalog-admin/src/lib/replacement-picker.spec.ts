import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { StaffProduct, StaffProductPage } from '@lumen/shared/contracts';
import { CATALOG_ADMIN_TRANSLATIONS } from './catalog-admin.translations';
import { ReplacementPicker, replacementCandidates } from './replacement-picker';

const product = (sku: string, lifecycle: StaffProduct['lifecycle'] = 'active') =>
  ({ id: `id-${sku}`, sku, name: `Product ${sku}`, lifecycle }) as StaffProduct;

@Component({
  imports: [ReplacementPicker],
  template: `<lt-replacement-picker [control]="control" [ownSku]="own()" />`,
})
class Host {
  readonly control = new FormControl('', { nonNullable: true });
  readonly own = signal('LT-100');
}

describe('replacement picker', () => {
  it('offers only active products, never the product itself', () => {
    const offered = replacementCandidates(
      [product('LT-100'), product('LT-200', 'end_of_life'), product('LT-300'), product('lt-100 ')],
      'LT-100',
    );
    expect(offered.map((p) => p.sku)).toEqual(['LT-300']);
  });

  describe('searching', () => {
    let http: HttpTestingController;

    beforeEach(() => {
      localStorage.clear();
      TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
      http = TestBed.inject(HttpTestingController);
      const translations = TestBed.inject(TranslationService);
      translations.register(CORE_TRANSLATIONS);
      translations.register(CATALOG_ADMIN_TRANSLATIONS);
    });

    afterEach(() => {
      http.verify();
    });

    async function typed(text: string) {
      const fixture = TestBed.createComponent(Host);
      await fixture.whenStable();
      const element = fixture.nativeElement as HTMLElement;
      const input = element.querySelector<HTMLInputElement>('[data-testid=replacement-search]');
      if (!input) throw new Error('no search field');
      input.value = text;
      input.dispatchEvent(new Event('input'));
      // Past the debounce: a search per pause in typing, not per key.
      await new Promise((done) => setTimeout(done, 300));
      return { fixture, element };
    }

    it('asks the API for active products and lists those that may replace this one', async () => {
      const { fixture, element } = await typed('downl');
      const request = http.expectOne((r) => r.url === '/api/staff/products');
      expect(request.request.params.get('q')).toBe('downl');
      expect(request.request.params.get('lifecycle')).toBe('active');
      const page: StaffProductPage = {
        items: [product('LT-100'), product('LT-300'), product('LT-400', 'end_of_life')],
        total: 3,
        page: 1,
        pageSize: 8,
      };
      request.flush(page);
      await fixture.whenStable();
      fixture.detectChanges();
      const offered = [...element.querySelectorAll('[data-testid=replacement-candidates] li')].map((li) =>
        li.getAttribute('data-sku'),
      );
      expect(offered).toEqual(['LT-300']);

      element.querySelector<HTMLButtonElement>('li[data-sku="LT-300"] button')?.click();
      await fixture.whenStable();
      expect(fixture.componentInstance.control.value).toBe('LT-300');
      expect(element.querySelector('[data-testid=replacement-chosen]')?.textContent).toContain('LT-300');
      expect(element.querySelector('[data-testid=replacement-candidates]')).toBeNull();
    });

    it('does not search for a single letter', async () => {
      await typed('d');
      http.expectNone('/api/staff/products');
    });
  });
});
