import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CART_TRANSLATIONS } from '@lumen/portal/cart';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ProductSummary } from '@lumen/shared/contracts';
import { QuickOrderApi } from './quick-order.api';
import { SkuCombobox } from './sku-combobox';

const product = (sku: string, name: string, unitPriceOre: number, stockStatus: ProductSummary['stockStatus']) =>
  ({ sku, name, stockStatus, stockDate: null, price: { unitPriceOre } }) as ProductSummary;

@Component({
  imports: [SkuCombobox],
  template: `<form (submit)="submitted.set(true); $event.preventDefault()">
    <lt-sku-combobox label="Varenummer 1" [value]="sku()" (valueChange)="sku.set($event)" />
  </form>`,
})
class Host {
  readonly sku = signal('');
  readonly submitted = signal(false);
}

describe('SkuCombobox (ARIA 1.2 combobox)', () => {
  let suggest: jest.Mock;

  beforeEach(() => {
    localStorage.clear();
    suggest = jest.fn().mockResolvedValue([
      product('LT-10000', 'Downlight Aero 10 W', 80_000_00, 'in_stock'),
      product('LT-10001', 'Downlight Aero 14 W', 1_234_50, 'order_from_supplier'),
    ]);
    TestBed.configureTestingModule({ imports: [Host], providers: [{ provide: QuickOrderApi, useValue: { suggest } }] });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(CART_TRANSLATIONS);
  });

  async function typed(text: string) {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const input = element.querySelector<HTMLInputElement>('[role="combobox"]');
    if (!input) throw new Error('no combobox');
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 250)); // past the 200 ms debounce
    await fixture.whenStable();
    fixture.detectChanges();
    const key = async (name: string) => {
      const event = new KeyboardEvent('keydown', { key: name, cancelable: true, bubbles: true });
      input.dispatchEvent(event);
      fixture.detectChanges();
      await fixture.whenStable();
      return event;
    };
    return { fixture, element, input, key };
  }

  it('lists the products with name, price and stock, tied to the input by aria-controls', async () => {
    const { element, input } = await typed('lt-100');
    expect(suggest).toHaveBeenCalledWith('LT-100');
    const listbox = element.querySelector<HTMLElement>('[role="listbox"]');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(input.getAttribute('aria-controls')).toBe(listbox?.id);
    expect(listbox?.hidden).toBe(false);
    const options = [...element.querySelectorAll('[role="option"]')].map((option) =>
      option.textContent?.replace(/[ \n\t]+/g, ' ').trim(),
    );
    expect(options).toEqual([
      'LT-10000 Downlight Aero 10 W kr\u00a080\u00a0000,00 På lager',
      'LT-10001 Downlight Aero 14 W kr\u00a01\u00a0234,50 Må bestilles fra leverandør',
    ]);
  });

  it('moves the active option with the arrow keys and takes it with Enter, without submitting the form', async () => {
    const { fixture, element, input, key } = await typed('LT-100');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
    await key('ArrowDown');
    await key('ArrowDown');
    const second = element.querySelectorAll('[role="option"]')[1];
    expect(input.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    await key('ArrowDown'); // wraps to the first
    await key('ArrowUp'); // and back to the last
    expect(input.getAttribute('aria-activedescendant')).toBe(second.id);
    const enter = await key('Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(fixture.componentInstance.sku()).toBe('LT-10001');
    expect(fixture.componentInstance.submitted()).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-activedescendant')).toBeNull();
  });

  it('closes the list on Escape, and clears the field on a second Escape', async () => {
    const { fixture, input, key } = await typed('LT-100');
    await key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(fixture.componentInstance.sku()).toBe('LT-100');
    await key('Escape');
    expect(fixture.componentInstance.sku()).toBe('');
  });

  it('takes a product clicked with the mouse', async () => {
    const { fixture, element } = await typed('LT-100');
    element.querySelector<HTMLElement>('[data-sku="LT-10000"]')?.click();
    expect(fixture.componentInstance.sku()).toBe('LT-10000');
  });

  it('does not ask the catalogue for a single character', async () => {
    await typed('L');
    expect(suggest).not.toHaveBeenCalled();
  });
});
