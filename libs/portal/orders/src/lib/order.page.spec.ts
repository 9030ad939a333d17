import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { By } from '@angular/platform-browser';
import { AfterSalesApi, OrderAfterSalesPanel } from '@lumen/portal/after-sales';
import { CART_TRANSLATIONS, CartApi } from '@lumen/portal/cart';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type {
  InvoicePage,
  OrderAfterSales,
  OrderApproval,
  OrderDetail,
  ReorderResponse,
  Shipment,
} from '@lumen/shared/contracts';
import { OrderPage } from './order.page';
import { OrdersApi } from './orders.api';
import { ORDERS_TRANSLATIONS } from './orders.translations';

const address = {
  label: null,
  line1: 'Storgata 1',
  line2: null,
  postalCode: '0155',
  city: 'Oslo',
  country: 'NO' as const,
};
const order: OrderDetail = {
  id: 'order-1',
  number: 100123,
  status: 'partially_shipped',
  placedAt: '2026-11-30T10:00:00Z',
  placedBy: 'Berit Buyer',
  purchaseOrderReference: 'PO-7',
  lineCount: 2,
  totals: { goodsOre: 100_000, shippingOre: 0, netOre: 100_000, vatOre: 25_000, grossOre: 125_000 },
  expectedDispatchDate: '2026-11-30',
  quote: null,
  lines: [],
  deliveryAddress: { ...address, recipientName: 'Ola Mottak', recipientPhone: '+47 912 34 567' },
  billingAddress: address,
  shippingMethod: 'standard',
  shippingCharges: {
    standardFeeOre: 0,
    expressSurchargeOre: 0,
    bulkySurchargeOre: 0,
    totalOre: 0,
    freeStandardShipping: true,
  },
  partialDelivery: true,
  desiredDeliveryDate: null,
  earliestDeliveryDate: '2026-12-02',
  latestDeliveryDate: '2026-12-04',
  paymentMethod: 'invoice_30_days',
  paymentTermsDays: 30,
};
const shipment: Shipment = {
  id: 'shipment-1',
  number: 1,
  carrier: 'bring',
  trackingNumber: 'CV123NO',
  trackingUrl: 'https://sporing.bring.no/sporing/CV123NO',
  shippedAt: '2026-12-01T09:00:00Z',
  deliveredAt: null,
  lines: [{ orderLineId: 'l1', sku: 'LT-1', name: 'Downlight', quantity: 2 }],
  invoice: { id: 'inv-1', number: 5001 },
};
const invoices: InvoicePage = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 100,
  totals: { grossOre: 0, openOre: 0, overdueOre: 0 },
};
const afterSales: OrderAfterSales = {
  orderId: 'order-1',
  deliveredAt: null,
  returnOpenUntil: null,
  lines: [],
  cancellations: [],
  returns: [],
  claims: [],
};
const emptyCart = {
  items: [],
  itemCount: 2,
  totals: order.totals,
  shippingEstimate: null,
  freeShippingThresholdOre: 0,
};

describe('OrderPage', () => {
  let approval: OrderApproval | null = null;
  let reorder: ReorderResponse;
  let added: { sku: string; quantity: number }[];
  let canUseCart: boolean;
  let reads: number;
  let shown: OrderDetail;

  beforeEach(() => {
    localStorage.clear();
    shown = order;
    added = [];
    canUseCart = true;
    reads = 0;
    approval = null;
    reorder = { added: 2, notOrderable: [], cart: emptyCart };
    TestBed.configureTestingModule({
      imports: [OrderPage],
      providers: [
        provideRouter([]),
        {
          provide: OrdersApi,
          useValue: {
            get: () => {
              reads++;
              return Promise.resolve(shown);
            },
            shipments: () => Promise.resolve([shipment]),
            approval: () => Promise.resolve(approval),
            invoices: () => Promise.resolve(invoices),
            reorder: () => Promise.resolve(reorder),
            confirmation: () => Promise.resolve(new Blob(['%PDF-1.7'], { type: 'application/pdf' })),
          },
        },
        {
          provide: CartApi,
          useValue: {
            cart: { set: () => undefined },
            add: (sku: string, quantity: number) => {
              added.push({ sku, quantity });
              return Promise.resolve(emptyCart);
            },
          },
        },
        { provide: AfterSalesApi, useValue: { forOrder: () => Promise.resolve(afterSales) } },
        { provide: AuthStore, useValue: { can: () => canUseCart } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const dictionary of [CORE_TRANSLATIONS, CART_TRANSLATIONS, ORDERS_TRANSLATIONS])
      translations.register(dictionary);
  });

  async function render() {
    const fixture = TestBed.createComponent(OrderPage);
    fixture.componentRef.setInput('id', 'order-1');
    await fixture.whenStable();
    fixture.detectChanges();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const click = async (testId: string) => {
      element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { fixture, element, click };
  }

  it('shows each shipment with its carrier’s tracking link and invoice, and the recipient', async () => {
    const { element } = await render();
    const track = element.querySelector<HTMLAnchorElement>('[data-shipment="1"] [data-testid="track-delivery"]');
    expect(track?.getAttribute('href')).toBe('https://sporing.bring.no/sporing/CV123NO');
    expect(track?.textContent).toContain('Spor leveransen');
    expect(element.querySelector('[data-shipment="1"]')?.textContent).toContain('Faktura 5001');
    // The buyer cannot mark a shipment delivered.
    expect(element.querySelector('[data-testid="mark-delivered"]')).toBeNull();
    expect(element.textContent).toContain('Ola Mottak');
  });

  it('names the quote it was ordered from by the number the customer knows, Q-000011', async () => {
    shown = { ...order, quote: { id: 'quote-11', number: 11, displayNumber: 'Q-000011', revision: 2 } };
    const { element } = await render();
    expect(element.textContent).toContain('Fra tilbud Q-000011, revisjon 2');
  });

  it('orders again straight into the cart when every line is still sold', async () => {
    const { click } = await render();
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    await click('order-again');
    expect(navigate).toHaveBeenCalledWith('/cart');
  });

  it('stops to offer the replacement of a line that is no longer sold', async () => {
    reorder = {
      added: 1,
      notOrderable: [
        { sku: 'OLD-1', name: 'Old downlight', quantity: 4, replacementSku: 'NEW-1' },
        { sku: 'GONE-1', name: 'Gone', quantity: 1, replacementSku: null },
      ],
      cart: emptyCart,
    };
    const { element, click } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await click('order-again');
    expect(navigate).not.toHaveBeenCalled();
    const notice = element.querySelector('[data-testid="reorder-notice"]');
    expect(notice?.textContent).toContain('erstattes av NEW-1');
    expect(notice?.textContent).toContain('ingen erstatning');
    await click('take-replacement-OLD-1');
    expect(added).toEqual([{ sku: 'NEW-1', quantity: 4 }]);
    expect(notice?.textContent).toContain('NEW-1 er lagt i handlekurven');
  });

  it('saves the order confirmation as a PDF named after the order', async () => {
    const { click } = await render();
    URL.createObjectURL = jest.fn(() => 'blob:confirmation');
    URL.revokeObjectURL = jest.fn();
    const saved: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`);
    });
    await click('download-confirmation');
    expect(saved).toEqual(['ordrebekreftelse-100123.pdf blob:confirmation']);
  });

  it('offers no "Order again" to someone who may not use the cart', async () => {
    canUseCart = false;
    const { element } = await render();
    expect(element.querySelector('[data-testid="order-again"]')).toBeNull();
  });

  it('shows the after-sales panel for this order and reads the order again when it changes something', async () => {
    const { fixture } = await render();
    const panel = fixture.debugElement.query(By.directive(OrderAfterSalesPanel));
    expect(panel.componentInstance.orderId()).toBe('order-1');
    expect(reads).toBe(1);
    panel.componentInstance.changed.emit();
    await fixture.whenStable();
    expect(reads).toBe(2);
  });

  it('shows who approved the order when the company’s purchasing rules held it', async () => {
    approval = {
      id: 'ap-1',
      orderId: 'order-1',
      orderNumber: 100123,
      status: 'approved',
      requestedAt: '2026-11-30T10:00:00Z',
      holdUntil: '2026-12-07T10:00:00Z',
      orderer: 'Per Bestiller',
      netOre: 2_100_000,
      grossOre: 2_625_000,
      steps: [
        {
          id: 's1',
          kind: 'rule',
          label: 'Store innkjøp',
          approverNames: ['Anne Admin'],
          approvedBy: 'Anne Admin',
          approvedAt: '2026-11-30T12:00:00Z',
        } as OrderApproval['steps'][number],
      ],
      decidedBy: 'Anne Admin',
      decidedAt: '2026-11-30T12:00:00Z',
      rejectionReason: null,
      canDecide: false,
    };
    const { element } = await render();
    const section = element.querySelector('[data-testid="order-approval"]');
    expect(section?.textContent).toContain('Godkjent av Anne Admin');
    expect(section?.querySelectorAll('[data-testid="approval-step"]')).toHaveLength(1);
  });

  it('shows no approval section for an order no rule held', async () => {
    const { element } = await render();
    expect(element.querySelector('[data-testid="order-approval"]')).toBeNull();
  });
});
