import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { type AppRule, defineRulesFor } from '@lumen/shared/permissions';
import { AddToCart, type CartProduct } from './add-to-cart';
import { AddedToCart } from './added-to-cart';
import { CartApi } from './cart.api';

const ACTIVE: CartProduct = { sku: 'LT-10001', name: 'Elv skinnespot', lifecycle: 'active', replacementSku: null };

const buyerRules = defineRulesFor({
  userId: 'u1',
  companyId: 'c1',
  companyStatus: 'active',
  staffRole: null,
  permissions: ['orders.place'],
});
const consultantRules = defineRulesFor({
  userId: 's1',
  companyId: null,
  companyStatus: null,
  staffRole: 'consultant',
  permissions: [],
});

async function render(options: { rules: AppRule[] | null; product?: CartProduct; add?: jest.Mock }) {
  const add = options.add ?? jest.fn().mockResolvedValue({});
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: CartApi, useValue: { add } }],
  });
  const auth = TestBed.inject(AuthStore);
  if (options.rules) auth.me.set({ rules: options.rules } as never);
  const translations = TestBed.inject(TranslationService);
  translations.register(CORE_TRANSLATIONS);
  translations.setLocale('nb');
  const fixture = TestBed.createComponent(AddToCart);
  fixture.componentRef.setInput('product', options.product ?? ACTIVE);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid=${id}]`);
  const typeQuantity = async (value: string) => {
    const input = byTestId<HTMLInputElement>('cart-add-quantity');
    if (!input) throw new Error('no quantity field');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  /** Enter in the quantity field submits the form, as a browser does. */
  const pressEnter = async () => {
    byTestId<HTMLFormElement>('cart-add-form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { fixture, element, add, byTestId, typeQuantity, pressEnter, added: TestBed.inject(AddedToCart) };
}

/** The alert's words, with the narrow no-break spaces of Norwegian numbers as plain spaces. */
const alertText = (element: HTMLElement) =>
  element.querySelector('[role=alert]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('AddToCart', () => {
  beforeEach(() => localStorage.clear());

  it('adds the typed quantity on Enter, confirms with the toast and starts again at 1', async () => {
    const { add, byTestId, typeQuantity, pressEnter, added } = await render({ rules: buyerRules });
    await typeQuantity('7');
    await pressEnter();
    expect(add).toHaveBeenCalledWith('LT-10001', 7);
    expect(added.last()).toEqual({ sku: 'LT-10001', name: 'Elv skinnespot', quantity: 7 });
    expect(byTestId<HTMLInputElement>('cart-add-quantity')?.value).toBe('1');
  });

  it('steps the quantity with − and +, never below 1', async () => {
    const { fixture, add, byTestId } = await render({ rules: buyerRules });
    expect(byTestId<HTMLButtonElement>('cart-add-less')?.disabled).toBe(true);
    byTestId('cart-add-more')?.click();
    byTestId('cart-add-more')?.click();
    await fixture.whenStable();
    byTestId('cart-add-less')?.click();
    await fixture.whenStable();
    byTestId('cart-add')?.click();
    await fixture.whenStable();
    expect(add).toHaveBeenCalledWith('LT-10001', 2);
  });

  it('refuses a quantity that is not a whole number from 1, without asking the API', async () => {
    const { element, add, typeQuantity, pressEnter } = await render({ rules: buyerRules });
    await typeQuantity('0');
    await pressEnter();
    expect(add).not.toHaveBeenCalled();
    expect(alertText(element)).toBe('Skriv et helt antall fra 1 til 1 000 000.');
  });

  it('explains an end-of-life refusal with the replacement to order instead, in both languages', async () => {
    const refusal = new HttpErrorResponse({
      status: 422,
      error: { statusCode: 422, code: 'end_of_life', message: 'LT-10001 is no longer sold' },
    });
    const product = { ...ACTIVE, replacementSku: 'LT-20001' };
    const { fixture, element, pressEnter, added } = await render({
      rules: buyerRules,
      product,
      add: jest.fn().mockRejectedValue(refusal),
    });
    await pressEnter();
    const alert = () => alertText(element);
    expect(alert()).toBe('Varen er utgått og kan ikke bestilles lenger. Bestill erstatningen LT-20001 i stedet.');
    TestBed.inject(TranslationService).setLocale('en');
    await fixture.whenStable();
    expect(alert()).toBe(
      'This product is discontinued and can no longer be ordered. Order its replacement LT-20001 instead.',
    );
    expect(added.last()).toBeNull();
  });

  it('says a line cannot hold more when the cart already has the product', async () => {
    const refusal = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'validation_failed',
        message: 'A cart line can hold at most 1,000,000 pieces',
        details: [{ field: 'quantity', code: 'too_large', message: 'A cart line can hold at most 1,000,000 pieces' }],
      },
    });
    const { element, pressEnter } = await render({ rules: buyerRules, add: jest.fn().mockRejectedValue(refusal) });
    await pressEnter();
    expect(alertText(element)).toContain('én linje kan ha høyst 1 000 000 stk.');
  });

  it('offers no button for an end-of-life product, and says why', async () => {
    const { byTestId } = await render({ rules: buyerRules, product: { ...ACTIVE, lifecycle: 'end_of_life' } });
    expect(byTestId('cart-add')).toBeNull();
    expect(byTestId('cart-add-unavailable')?.textContent).toContain('har ingen erstatning');
  });

  it('is not there for visitors nor for staff', async () => {
    expect((await render({ rules: null })).byTestId('cart-add-form')).toBeNull();
    TestBed.resetTestingModule();
    expect((await render({ rules: consultantRules })).byTestId('cart-add-form')).toBeNull();
  });
});
