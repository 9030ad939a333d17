import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { OrderAfterSales, OrderLineAfterSales } from '@lumen/shared/contracts';
import { OrderAfterSalesPanel, lineOptions } from './order-after-sales';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function line(overrides: Partial<OrderLineAfterSales>): OrderLineAfterSales {
  return {
    orderLineId: 'l1',
    position: 1,
    sku: 'LT-1',
    name: 'Downlight',
    quantity: 5,
    cancellableQuantity: 0,
    cancelNeedsApproval: false,
    returnableQuantity: 0,
    deliveredQuantity: 0,
    warrantyOpenUntil: null,
    damageReportOpenUntil: null,
    ...overrides,
  };
}

function viewOf(lines: OrderLineAfterSales[], returnOpenUntil: string | null = null): OrderAfterSales {
  return { orderId: 'o1', deliveredAt: null, returnOpenUntil, lines, cancellations: [], returns: [], claims: [] };
}

describe('lineOptions', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  const delivered = line({
    deliveredQuantity: 5,
    returnableQuantity: 5,
    warrantyOpenUntil: '2027-12-02',
    damageReportOpenUntil: '2026-12-03T09:00:00Z',
  });

  it('offers nothing to someone who may not ask, whatever is open', () => {
    const [options] = lineOptions(viewOf([{ ...delivered, cancellableQuantity: 2 }], '2027-01-21'), false, now);
    expect(options).toMatchObject({ cancel: false, return: false, warranty: false, damage: false });
  });

  it('offers cancel only for an open quantity, return only with a window and something returnable', () => {
    const open = line({ cancellableQuantity: 3 });
    const [onlyOpen, deliveredLine] = lineOptions(viewOf([open, delivered], '2027-01-21'), true, now);
    expect(onlyOpen).toMatchObject({ cancel: true, return: false, warranty: false, damage: false });
    expect(deliveredLine).toMatchObject({ cancel: false, return: true, warranty: true, damage: true });
    expect(lineOptions(viewOf([delivered], null), true, now)[0].return).toBe(false);
    expect(lineOptions(viewOf([{ ...delivered, returnableQuantity: 0 }], '2027-01-21'), true, now)[0].return).toBe(
      false,
    );
  });

  it('closes the damage report at its instant and the warranty after its last Oslo day', () => {
    const at = (iso: string) => lineOptions(viewOf([delivered]), true, new Date(iso))[0];
    expect(at('2026-12-03T08:59:59Z').damage).toBe(true);
    expect(at('2026-12-03T09:00:00Z').damage).toBe(false);
    // 2 Dec 2027 ends in Oslo at 23:00 UTC (UTC+1 in winter).
    expect(at('2027-12-02T22:59:00Z').warranty).toBe(true);
    expect(at('2027-12-02T23:00:00Z').warranty).toBe(false);
  });
});

describe('OrderAfterSalesPanel', () => {
  let http: HttpTestingController;
  let mayRequest: boolean;

  beforeEach(() => {
    localStorage.clear();
    mayRequest = true;
    TestBed.configureTestingModule({
      imports: [OrderAfterSalesPanel],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { can: (action: string) => action !== 'request' || mayRequest } },
      ],
    });
    TestBed.inject(TranslationService).register(CORE_TRANSLATIONS);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(view: OrderAfterSales) {
    const fixture = TestBed.createComponent(OrderAfterSalesPanel);
    fixture.componentRef.setInput('orderId', 'o1');
    fixture.detectChanges();
    http.expectOne('/api/orders/o1/after-sales').flush(view);
    await fixture.whenStable();
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    const click = async (selector: string) => {
      element.querySelector<HTMLButtonElement>(selector)?.click();
      await settle();
    };
    const type = async (selector: string, value: string) => {
      const input = element.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await settle();
    };
    return { fixture, element, click, type, settle };
  }

  const now = Date.now();
  const delivered = line({
    orderLineId: 'l2',
    sku: 'LT-2',
    deliveredQuantity: 4,
    returnableQuantity: 3,
    warrantyOpenUntil: isoDay(now + 300 * DAY),
    damageReportOpenUntil: new Date(now - 1000).toISOString(),
  });

  it('shows each line only the actions whose windows are open, with the return date', async () => {
    const { element } = await render(viewOf([line({ cancellableQuantity: 2 }), delivered], '2027-01-12'));
    const open = element.querySelector('tr[data-sku="LT-1"]');
    const done = element.querySelector('tr[data-sku="LT-2"]');
    expect(open?.querySelector('[data-testid="cancel-line"]')).not.toBeNull();
    expect(open?.querySelector('[data-testid="return-line"]')).toBeNull();
    expect(open?.querySelector('[data-testid="report-problem"]')).toBeNull();
    expect(done?.querySelector('[data-testid="cancel-line"]')).toBeNull();
    expect(done?.querySelector('[data-testid="return-by"]')?.textContent).toContain(
      '3 kan returneres innen 12.01.2027',
    );
    expect(element.querySelector('[data-testid="return-window"]')?.textContent).toContain('Retur innen 12.01.2027');
    expect(done?.querySelector('[data-testid="report-problem"]')).not.toBeNull();
  });

  it('shows a viewer without `request AfterSales` no buttons at all', async () => {
    mayRequest = false;
    const { element } = await render(viewOf([line({ cancellableQuantity: 2 }), delivered], '2027-01-12'));
    expect(element.querySelector('[data-testid="after-sales-lines"]')).toBeNull();
    expect(element.querySelector('[data-testid="after-sales-nothing"]')).not.toBeNull();
  });

  it('cancels at most the open quantity, and says when it becomes a request for staff', async () => {
    const { element, click, type, settle } = await render(
      viewOf([line({ cancellableQuantity: 2, cancelNeedsApproval: true })]),
    );
    await click('[data-testid="cancel-line"]');
    const form = element.querySelector('[data-testid="cancel-form"]');
    expect(form?.textContent).toContain('blir en forespørsel');
    expect(element.querySelector<HTMLInputElement>('[data-testid="cancel-quantity"]')?.value).toBe('2');
    await type('[data-testid="cancel-quantity"]', '3');
    await click('[data-testid="submit-cancel"]');
    http.expectNone('/api/orders/o1/lines/l1/cancel-request');
    expect(form?.textContent).toContain('Rett opp feltene som er merket.');
    expect(form?.textContent).toContain('Velg et antall innenfor grensen.');
    await type('[data-testid="cancel-quantity"]', '1');
    expect(element.querySelector('[data-testid="submit-cancel"]')?.textContent).toContain('Be om avbestilling av 1');
    await click('[data-testid="submit-cancel"]');
    const request = http.expectOne('/api/orders/o1/lines/l1/cancel-request');
    expect(request.request.body).toEqual({ quantity: 1 });
    request.flush({ id: 'c1', status: 'requested', quantity: 1, sku: 'LT-1' });
    await settle();
    http.expectOne('/api/orders/o1/after-sales').flush(viewOf([line({ cancellableQuantity: 1 })]));
    await settle();
    expect(element.querySelector('[data-testid="after-sales-notice"]')?.textContent).toContain(
      'Forespørselen om å avbestille 1 av LT-1 er sendt',
    );
  });

  it('returns the chosen line in full, and names the day the window closed when the API refuses', async () => {
    const { element, click, settle } = await render(viewOf([delivered], '2027-01-12'));
    await click('[data-testid="return-line"]');
    expect(element.querySelector<HTMLInputElement>('[data-testid="return-quantity"]')?.max).toBe('3');
    await click('[data-testid="submit-return"]');
    const request = http.expectOne({ method: 'POST', url: '/api/orders/o1/returns' });
    expect(request.request.body).toEqual({ lines: [{ orderLineId: 'l2', quantity: 3 }] });
    request.flush(
      { statusCode: 422, code: 'return_window_closed', message: 'closed', details: { closedOn: '2027-01-12' } },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    expect(element.querySelector('[data-testid="return-form"] .alert-error')?.textContent).toContain(
      'Returfristen på 50 dager gikk ut 12.01.2027.',
    );
  });
});
