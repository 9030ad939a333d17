import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { InvoicePage, InvoiceSummary } from '@lumen/shared/contracts';
import { InvoicesPage } from './invoices.page';
import { type InvoiceQuery, OrdersApi } from './orders.api';
import { ORDERS_TRANSLATIONS } from './orders.translations';

const invoice: InvoiceSummary = {
  id: 'inv-1',
  kind: 'invoice',
  number: 5001,
  issueDate: '2026-10-01',
  dueDate: '2026-10-31',
  kid: '0000500100001',
  status: 'overdue',
  order: { id: 'order-1', number: 100123 },
  company: { id: 'c1', name: 'Nordlys Elektro AS' },
  purchaseOrderReference: 'PO-7',
  netOre: 80_000,
  vatOre: 20_000,
  grossOre: 100_000,
  paidOre: 0,
  credits: null,
};

describe('InvoicesPage', () => {
  let queries: InvoiceQuery[];
  let staff: boolean;

  beforeEach(() => {
    localStorage.clear();
    queries = [];
    staff = false;
    TestBed.configureTestingModule({
      imports: [InvoicesPage],
      providers: [
        provideRouter([]),
        {
          provide: OrdersApi,
          useValue: {
            invoices: (query: InvoiceQuery): Promise<InvoicePage> => {
              queries.push(query);
              return Promise.resolve({
                items: [invoice],
                total: 1,
                page: 1,
                pageSize: 25,
                totals: { grossOre: 100_000, openOre: 100_000, overdueOre: 100_000 },
              });
            },
          },
        },
        { provide: AuthStore, useValue: { isStaff: () => staff } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(ORDERS_TRANSLATIONS);
  });

  async function render() {
    const fixture = TestBed.createComponent(InvoicesPage);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('lists every invoice first, then only the chosen status, with the sums over the filter', async () => {
    const { fixture, element } = await render();
    expect(queries[0].status).toBeUndefined();
    element.querySelector<HTMLButtonElement>('[data-filter="overdue"]')?.click();
    await fixture.whenStable();
    expect(queries[1]).toMatchObject({ status: 'overdue', page: 1 });
    const nbsp = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ');
    expect(nbsp(element.querySelector('[data-testid="total-overdue"]')?.textContent)).toContain('kr 1 000,00');
    const row = element.querySelector('tr[data-invoice="5001"]');
    expect(row?.textContent).toContain('Forfalt');
    expect(row?.textContent).toContain('100123');
    // The company is the reader's own: no column for it.
    expect(row?.textContent).not.toContain('Nordlys Elektro AS');
  });

  it('names each invoice’s company for the staff, who see every company’s', async () => {
    staff = true;
    const { element } = await render();
    expect(element.querySelector('tr[data-invoice="5001"]')?.textContent).toContain('Nordlys Elektro AS');
  });
});
