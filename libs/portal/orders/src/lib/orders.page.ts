import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  Pager,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import { ORDER_HISTORY_STATUSES, type OrderPage, type OrderStatus } from '@lumen/shared/contracts';
import { debounceTime } from 'rxjs';
import { OrderStatusBadge } from './order-status-badge';
import { OrdersApi } from './orders.api';

const PAGE_SIZE = 20;
/** The company's orders, newest first, with status and totals; filter by status, search by number, PO reference or SKU. */
@Component({
  selector: 'lt-orders-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    OrderStatusBadge,
    Pager,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'orders.title' | t }}</h1>
      <a routerLink="/invoices">{{ 'invoices.title' | t }} →</a>
    </div>
    <form class="filters" [formGroup]="filters" role="search" (ngSubmit)="load(1)">
      <div class="field grow">
        <label for="order-search">{{ 'orders.search' | t }}</label>
        <input id="order-search" type="search" formControlName="q" data-testid="order-search" />
      </div>
      <div class="field">
        <label for="order-status">{{ 'orders.status' | t }}</label>
        <select id="order-status" formControlName="status" data-testid="order-status-filter">
          <option value="">{{ 'orders.allStatuses' | t }}</option>
          @for (status of statuses; track status) {
            <option [value]="status">{{ 'orderStatus.' + status | t }}</option>
          }
        </select>
      </div>
    </form>
    <lt-form-alert [message]="error()" />
    @if (page(); as page) {
      <section class="card" [attr.aria-busy]="loading()">
        <div class="scroll">
          <table class="table stack" data-testid="order-history">
            <thead>
              <tr>
                <th>{{ 'orders.number' | t }}</th>
                <th>{{ 'orders.placedAt' | t }}</th>
                <th>{{ 'orders.placedBy' | t }}</th>
                <th>{{ 'orders.reference' | t }}</th>
                <th>{{ 'orders.status' | t }}</th>
                <th class="num">{{ 'orders.lines' | t }}</th>
                <th>{{ 'orders.dispatch' | t }}</th>
                <th class="num">{{ 'orders.total' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (order of page.items; track order.id) {
                <tr [attr.data-order]="order.number">
                  <td>
                    <a [routerLink]="['/orders', order.id]">{{ order.number }}</a>
                  </td>
                  <td [attr.data-label]="'orders.placedAt' | t">{{ order.placedAt | localDate: 'time' }}</td>
                  <td [attr.data-label]="'orders.placedBy' | t">{{ order.placedBy }}</td>
                  <td [attr.data-label]="'orders.reference' | t">{{ order.purchaseOrderReference }}</td>
                  <td [attr.data-label]="'orders.status' | t"><lt-order-status [status]="order.status" /></td>
                  <td [attr.data-label]="'orders.lines' | t" class="num">{{ order.lineCount }}</td>
                  <td [attr.data-label]="'orders.dispatch' | t">{{ order.expectedDispatchDate | localDate }}</td>
                  <td [attr.data-label]="'orders.total' | t" class="num">{{ order.totals.grossOre | money }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="8" class="muted">{{ (filtered() ? 'orders.noneMatch' : 'orders.none') | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
        <lt-pager [page]="page.page" [pages]="pages(page)" (pageChange)="load($event)" />
      </section>
    }
  `,
  styles: `
    .filters {
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
      align-items: end;
      margin-bottom: 1rem;
    }
    .filters .grow {
      flex: 1 1 18rem;
    }
    .scroll {
      overflow-x: auto;
    }
    .table td {
      white-space: nowrap;
    }
    @media (max-width: 640px) {
      .card {
        padding: 1rem 0.75rem;
      }
    }
  `,
})
export class OrdersPage {
  private readonly api = inject(OrdersApi);
  protected readonly statuses = ORDER_HISTORY_STATUSES;
  protected readonly page = signal<OrderPage | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    status: new FormControl<OrderStatus | ''>('', { nonNullable: true }),
  });
  protected readonly filtered = signal(false);
  private requestNo = 0;

  constructor() {
    this.filters.valueChanges.pipe(debounceTime(250), takeUntilDestroyed()).subscribe(() => void this.load(1));
    void this.load(1);
  }

  protected pages(page: OrderPage): number {
    return Math.max(1, Math.ceil(page.total / page.pageSize));
  }

  protected async load(page: number): Promise<void> {
    const { q, status } = this.filters.getRawValue();
    const mine = ++this.requestNo;
    this.loading.set(true);
    try {
      const result = await this.api.page({
        q: q.trim() || undefined,
        status: status || undefined,
        page,
        pageSize: PAGE_SIZE,
      });
      // Typing fast sends several searches; only the latest answer counts.
      if (mine === this.requestNo) {
        this.page.set(result);
        this.filtered.set(!!(q.trim() || status));
        this.error.set(null);
      }
    } catch (error) {
      if (mine === this.requestNo) this.error.set(describeError(error));
    } finally {
      if (mine === this.requestNo) this.loading.set(false);
    }
  }
}
