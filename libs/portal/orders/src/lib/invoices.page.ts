import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  MoneyPipe,
  Pager,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import { INVOICE_STATUSES, type InvoicePage, type InvoiceStatus } from '@lumen/shared/contracts';
import { InvoiceTable } from './invoice-table';
import { OrdersApi } from './orders.api';

const PAGE_SIZE = 25;

/** The company's invoices and credit notes: open, overdue or paid, with the sums over the filter. */
@Component({
  selector: 'lt-invoices-page',
  imports: [FormAlert, MoneyPipe, Pager, TranslatePipe, InvoiceTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'invoices.title' | t }}</h1>
    </div>
    <nav class="filters" [attr.aria-label]="'invoices.status' | t" data-testid="invoice-filters">
      @for (option of filters; track option) {
        <button
          type="button"
          class="btn"
          [class.btn-primary]="filter() === option"
          [class.btn-secondary]="filter() !== option"
          [attr.aria-pressed]="filter() === option"
          [attr.data-filter]="option"
          (click)="choose(option)"
        >
          {{ (option === 'all' ? 'invoices.all' : 'invoiceStatus.' + option) | t }}
        </button>
      }
    </nav>
    <lt-form-alert [message]="error()" />
    @if (result(); as page) {
      <section class="totals" data-testid="invoice-totals">
        <div class="total">
          <span class="label">{{ 'invoices.totalGross' | t: { count: page.total } }}</span>
          <span class="value">{{ page.totals.grossOre | money }}</span>
        </div>
        <div class="total">
          <span class="label">{{ 'invoices.totalOpen' | t }}</span>
          <span class="value" data-testid="total-open">{{ page.totals.openOre | money }}</span>
        </div>
        <div class="total" [class.alarm]="page.totals.overdueOre > 0">
          <span class="label">{{ 'invoices.totalOverdue' | t }}</span>
          <span class="value" data-testid="total-overdue">{{ page.totals.overdueOre | money }}</span>
        </div>
      </section>
      <section class="card" [attr.aria-busy]="loading()">
        <lt-invoice-table [invoices]="page.items" [showOrder]="true" [showCompany]="isStaff()" />
        <lt-pager [page]="page.page" [pages]="pages()" (pageChange)="load($event)" />
      </section>
    }
  `,
  styles: `
    .filters {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
      margin-bottom: 1rem;
    }
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: 1rem;
      margin-bottom: 1rem;
    }
    .total {
      background: var(--surface);
      border: 1px solid var(--border);
      border-radius: var(--radius-lg);
      box-shadow: var(--shadow);
      padding: 0.8rem 1rem;
      display: flex;
      flex-direction: column;
    }
    .total .label {
      color: var(--text-muted);
      font-size: 0.9rem;
    }
    .total .value {
      font-size: 1.35rem;
      font-weight: 700;
    }
    .total.alarm .value {
      color: var(--danger);
    }
    @media (max-width: 640px) {
      .card {
        padding: 1rem 0.75rem;
      }
      /* Two sums a row: three full-width cards would push the invoices off the first screen. */
      .totals {
        grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
        gap: 0.6rem;
      }
      .total {
        padding: 0.5rem 0.75rem;
      }
      .total .value {
        font-size: 1rem;
      }
    }
  `,
})
export class InvoicesPage {
  private readonly api = inject(OrdersApi);
  protected readonly isStaff = inject(AuthStore).isStaff;
  protected readonly filters: readonly (InvoiceStatus | 'all')[] = ['all', ...INVOICE_STATUSES];
  protected readonly filter = signal<InvoiceStatus | 'all'>('all');
  protected readonly result = signal<InvoicePage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly pages = computed(() => {
    const page = this.result();
    return page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  });
  private requestNo = 0;

  constructor() {
    void this.load(1);
  }

  protected choose(filter: InvoiceStatus | 'all'): void {
    this.filter.set(filter);
    void this.load(1);
  }

  protected async load(page: number): Promise<void> {
    const mine = ++this.requestNo;
    const filter = this.filter();
    this.loading.set(true);
    try {
      const result = await this.api.invoices({
        status: filter === 'all' ? undefined : filter,
        page,
        pageSize: PAGE_SIZE,
      });
      if (mine === this.requestNo) {
        this.result.set(result);
        this.error.set(null);
      }
    } catch (error) {
      if (mine === this.requestNo) this.error.set(describeError(error));
    } finally {
      if (mine === this.requestNo) this.loading.set(false);
    }
  }
}
