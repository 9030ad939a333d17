import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { PurchasingApi } from '@lumen/portal/purchasing';
import type { Cart, CompanyAddress, ShippingOption } from '@lumen/shared/contracts';
import { CartApi } from './cart.api';
import { CART_TRANSLATIONS } from './cart.translations';
import { CheckoutPage } from './checkout.page';

const address = {
  id: 'a1',
  kind: 'delivery',
  isDefault: true,
  line1: 'Alnabruveien 40',
  postalCode: '0668',
  city: 'Oslo',
  country: 'NO',
};
const option = (bulkySurchargeOre: number): ShippingOption => ({
  method: 'standard',
  charges: {
    standardFeeOre: 35_000,
    expressSurchargeOre: 0,
    bulkySurchargeOre,
    totalOre: 35_000 + bulkySurchargeOre,
    freeStandardShipping: false,
  },
  expectedDispatchDate: '2026-12-03',
  earliestDeliveryDate: '2026-12-07',
  latestDeliveryDate: '2026-12-09',
});
const cartWith = (bulky: boolean) =>
  ({
    items: [
      {
        id: 'i1',
        quantity: 2,
        lineTotalOre: 200_000,
        problem: null,
        product: { sku: 'LT-10001', name: 'Mast', bulky },
      },
    ],
    itemCount: 1,
  }) as unknown as Cart;

const acceptedQuote = {
  number: 'Q-000042',
  acceptedRevision: 2,
  revisions: [
    {
      number: 2,
      lines: [{ sku: 'LT-10004', name: 'Vidde pendel', quantity: 20, lineTotalOre: 11_009_280 }],
    },
  ],
};

async function render(bulky: boolean, quote?: string, cartNow: Cart = cartWith(bulky), options = [option(bulky ? 49_000 : 0)]) {
  const placeOrder = jest.fn().mockResolvedValue({ id: 'o1' });
  const cart = signal<Cart | null>(cartNow);
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      // No budgets or rules: the purchasing note stays empty.
      {
        provide: PurchasingApi,
        useValue: { check: async () => ({ netOre: 0, budgets: [], approvals: [], refused: false }) },
      },
      {
        provide: CartApi,
        useValue: {
          cart,
          refresh: async () => cart(),
          addresses: async () => [address as unknown as CompanyAddress],
          shippingOptions: async () => ({ options }),
          placeOrder,
          quote: async () => acceptedQuote,
        },
      },
    ],
  });
  const translations = TestBed.inject(TranslationService);
  translations.register(CORE_TRANSLATIONS);
  translations.register(CART_TRANSLATIONS);
  translations.setLocale('nb');
  const fixture = TestBed.createComponent(CheckoutPage);
  if (quote) fixture.componentRef.setInput('quote', quote);
  await fixture.whenStable();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const place = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { fixture, element, placeOrder, place };
}

describe('CheckoutPage access notes', () => {
  beforeEach(() => localStorage.clear());

  it('asks how bulky goods get in, and will not order until it is told', async () => {
    const { fixture, element, placeOrder, place } = await render(true);
    expect(element.querySelector('[data-testid=delivery-access]')).not.toBeNull();
    await place();
    expect(placeOrder).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid=delivery-access] [role=alert]')?.textContent).toContain(
      'Velg hvordan varene kommer fram.',
    );
    element.querySelector<HTMLInputElement>('[data-testid=access-lift]')?.click();
    const note = element.querySelector<HTMLTextAreaElement>('[data-testid=access-note]');
    if (!note) throw new Error('no note field');
    note.value = ' Portkode 4711 ';
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await place();
    expect(placeOrder).toHaveBeenCalledWith(
      expect.any(String),
      expect.objectContaining({ accessNotes: { access: 'lift', note: 'Portkode 4711' } }),
    );
  });

  it('does not ask when nothing is bulky', async () => {
    const { element, placeOrder, place } = await render(false);
    expect(element.querySelector('[data-testid=delivery-access]')).toBeNull();
    await place();
    expect(placeOrder).toHaveBeenCalledWith(
      expect.any(String),
      expect.not.objectContaining({ accessNotes: expect.anything() }),
    );
  });

  it("shows a quote's shipping, VAT and total before 'Place order', as for the cart", async () => {
    const { element } = await render(false, 'q1');
    const text = (id: string) => element.querySelector(`[data-testid=${id}]`)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('quote-checkout')).toContain('Q-000042');
    expect(element.querySelector('[data-method=standard]')?.textContent?.replace(/\s+/g, ' ')).toContain('— kr 350,00');
    expect(text('summary-goods')).toBe('kr 110 092,80');
    expect(text('summary-shipping')).toBe('kr 350,00');
    expect(text('summary-vat')).toBe('kr 27 610,70');
    expect(text('summary-total')).toBe('kr 138 053,50');
  });
});

describe('CheckoutPage partial delivery dates', () => {
  // Wednesday 2 December 2026, 08:30 in Oslo; only the clock is faked, timers run for real.
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers({
      now: new Date('2026-12-02T07:30:00Z'),
      doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
        'queueMicrotask', 'nextTick', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback',
        'cancelIdleCallback', 'hrtime', 'performance'],
    });
  });
  afterEach(() => jest.useRealTimers());

  /** One line in stock, one the supplier confirmed for 5 January: the options are dated complete. */
  const mixedCart = {
    items: [
      { id: 'i1', quantity: 1, lineTotalOre: 10_000, problem: null,
        product: { sku: 'LT-10001', name: 'Mast', bulky: false, stockStatus: 'in_stock', stockDate: null } },
      { id: 'i2', quantity: 1, lineTotalOre: 10_000, problem: null,
        product: { sku: 'LT-10002', name: 'Pendel', bulky: false, stockStatus: 'supplier_date_confirmed', stockDate: '2027-01-05' } },
    ],
    itemCount: 2,
  } as unknown as Cart;
  const completeOption: ShippingOption = {
    ...option(0),
    expectedDispatchDate: '2027-01-05',
    earliestDeliveryDate: '2027-01-08',
    latestDeliveryDate: '2027-01-12',
  };
  const datesText = (element: HTMLElement) =>
    element.querySelector('[data-method=standard] [data-testid=option-dates]')?.textContent?.replace(/\s+/g, ' ').trim();

  it('dates the options by the first shipment once partial delivery is chosen, as the order will be', async () => {
    const { fixture, element } = await render(false, undefined, mixedCart, [completeOption]);
    expect(datesText(element)).toBe('Sendes 05.01.2027 · Fremme 08.01.2027–12.01.2027');
    element.querySelector<HTMLInputElement>('input[name=mode][value=partial]')?.click();
    await fixture.whenStable();
    expect(datesText(element)).toBe('Første sending 02.12.2026 · Fremme 07.12.2026–09.12.2026');
    element.querySelector<HTMLInputElement>('input[name=mode][value=asap]')?.click();
    await fixture.whenStable();
    expect(datesText(element)).toBe('Sendes 05.01.2027 · Fremme 08.01.2027–12.01.2027');
  });

  it('does not promise a quote’s partial dates it cannot know (its lines carry no stock)', async () => {
    const { fixture, element } = await render(false, 'q1', mixedCart, [completeOption]);
    element.querySelector<HTMLInputElement>('input[name=mode][value=partial]')?.click();
    await fixture.whenStable();
    expect(datesText(element)).toBe('Første sending går når de første varene er på lager; datoen står på ordren.');
  });
});
