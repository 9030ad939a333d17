import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { ORDERS_TRANSLATIONS } from '@lumen/portal/orders';
import type { CreateShipmentRequest, FulfilmentLine } from '@lumen/shared/contracts';
import { FulfilmentApi } from './fulfilment.api';
import { ShipmentForm } from './shipment-form';
import { STAFF_TRANSLATIONS } from './staff.translations';

const line = (position: number, quantity: number, shippedQuantity: number): FulfilmentLine => ({
  orderLineId: `line-${position}`,
  position,
  sku: `SKU-${position}`,
  name: `Product ${position}`,
  quantity,
  cancelledQuantity: 0,
  shippedQuantity,
  openQuantity: quantity - shippedQuantity,
  bulky: false,
  stockStatus: 'in_stock',
});

describe('ShipmentForm', () => {
  let sent: CreateShipmentRequest[];
  let answer: () => Promise<unknown>;

  beforeEach(() => {
    localStorage.clear();
    sent = [];
    answer = () => Promise.resolve({});
    TestBed.configureTestingModule({
      imports: [ShipmentForm],
      providers: [
        {
          provide: FulfilmentApi,
          useValue: {
            ship: (_id: string, request: CreateShipmentRequest) => {
              sent.push(request);
              return answer();
            },
          },
        },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const dictionary of [CORE_TRANSLATIONS, ORDERS_TRANSLATIONS, STAFF_TRANSLATIONS])
      translations.register(dictionary);
  });

  async function render(lines: FulfilmentLine[]) {
    const fixture = TestBed.createComponent(ShipmentForm);
    fixture.componentRef.setInput('orderId', 'order-1');
    fixture.componentRef.setInput('lines', lines);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const qty = (sku: string) => element.querySelector<HTMLInputElement>(`[data-testid="ship-qty-${sku}"]`);
    const type = async (input: HTMLInputElement | null, value: string) => {
      if (!input) throw new Error('no input');
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      element.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      await fixture.whenStable();
    };
    return { fixture, element, qty, type, submit };
  }

  it('offers the open lines at their open quantities and ships what the packer leaves in', async () => {
    const { element, qty, type, submit } = await render([line(1, 5, 5), line(2, 4, 1), line(3, 2, 0)]);
    expect(qty('SKU-1')).toBeNull();
    expect(qty('SKU-2')?.value).toBe('3');
    expect(qty('SKU-3')?.value).toBe('2');
    expect(element.querySelector('[data-testid="ship"]')?.textContent).toContain('Send 5 stk.');
    await type(qty('SKU-3'), '0');
    expect(element.querySelector('[data-testid="ship"]')?.textContent).toContain('Send 3 stk.');
    await type(element.querySelector('[data-testid="ship-tracking"]'), 'CV0001NO');
    await submit();
    expect(sent).toEqual([
      { carrier: 'bring', trackingNumber: 'CV0001NO', lines: [{ orderLineId: 'line-2', quantity: 3 }] },
    ]);
  });

  it('takes what is typed after the order was read again (the rows are new, not the old fields)', async () => {
    const { fixture, qty, type, element, submit } = await render([line(1, 4, 0)]);
    fixture.componentRef.setInput('lines', [line(1, 4, 1)]);
    await fixture.whenStable();
    expect(qty('SKU-1')?.value).toBe('3');
    await type(qty('SKU-1'), '2');
    expect(element.querySelector('[data-testid="ship"]')?.textContent).toContain('Send 2 stk.');
    await type(element.querySelector('[data-testid="ship-tracking"]'), 'X1');
    await submit();
    expect(sent[0].lines).toEqual([{ orderLineId: 'line-1', quantity: 2 }]);
  });

  it('sends nothing without a tracking number, nor above the open quantity', async () => {
    const { element, qty, type, submit } = await render([line(1, 4, 0)]);
    await submit();
    expect(sent).toEqual([]);
    await type(element.querySelector('[data-testid="ship-tracking"]'), 'X1');
    await type(qty('SKU-1'), '5');
    await submit();
    expect(sent).toEqual([]);
    expect(element.querySelector('[role="alert"]')?.textContent).toBeTruthy();
  });

  it('puts the API’s refusal of a line on that line’s row', async () => {
    answer = () =>
      Promise.reject(
        new HttpErrorResponse({
          status: 422,
          error: {
            statusCode: 422,
            code: 'validation_failed',
            message: 'Check these fields',
            details: [{ field: 'lines.0.quantity', code: 'exceeds_open', message: 'line 2: only 1 left to ship' }],
          },
        }),
      );
    const { fixture, element, qty, type, submit } = await render([line(1, 3, 0), line(2, 2, 0)]);
    await type(qty('SKU-1'), '0');
    await type(element.querySelector('[data-testid="ship-tracking"]'), 'X1');
    await submit();
    fixture.detectChanges();
    const row = element.querySelector('tr[data-sku="SKU-2"]');
    expect(row?.querySelector('.field-error')?.textContent).toContain('line 2: only 1 left to ship');
  });
});
