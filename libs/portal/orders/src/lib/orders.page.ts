import { ChangeDetectionStrategy, Component, type OnInit, inject, signal } from '@angular/core';
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
import type { OrderPage } from '@lumen/shared/contracts';
import { OrdersApi } from './orders.api';

/** The company's orders, newest first, with status and totals. */
@Component({
  selector: 'lt-orders-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, Pager, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'orders.title' | t }}</h1>
    <lt-form-alert [message]="error()" />
    @if (page(); as page) {
      <section class="card">
        <table class="table" data-testid="order-history">
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
                <td>{{ order.placedAt | localDate: 'time' }}</td>
                <td>{{ order.placedBy }}</td>
                <td>{{ order.purchaseOrderReference }}</td>
                <td>
                  <span class="status">{{ 'orderStatus.' + order.status | t }}</span>
                </td>
                <td class="num">{{ order.lineCount }}</td>
                <td>{{ order.expectedDispatchDate | localDate }}</td>
                <td class="num">{{ order.totals.grossOre | money }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="8" class="muted">{{ 'orders.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
        <lt-pager [page]="page.page" [pages]="pages(page)" (pageChange)="load($event)" />
      </section>
    }
  `,
  styles: `
    .table {
      width: 100%;
      border-collapse: collapse;
    }
    .table th,
    .table td {
      text-align: left;
      padding: 0.5rem;
      border-bottom: 1px solid var(--border);
    }
    .table .num {
      text-align: right;
      white-space: nowrap;
    }
    .status {
      padding: 0.1rem 0.5rem;
      border-radius: 999px;
      background: var(--surface-muted);
      font-size: 0.85rem;
    }
  `,
})
export class OrdersPage implements OnInit {
  private readonly api = inject(OrdersApi);
  protected readonly page = signal<OrderPage | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  ngOnInit(): void {
    void this.load(1);
  }

  protected pages(page: OrderPage): number {
    return Math.max(1, Math.ceil(page.total / page.pageSize));
  }

  protected async load(page: number): Promise<void> {
    try {
      this.page.set(await this.api.page(page));
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
