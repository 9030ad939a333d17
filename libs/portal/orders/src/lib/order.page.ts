import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import type { OrderDetail } from '@lumen/shared/contracts';
import { OrdersApi } from './orders.api';

/** One order: lines, the copied addresses, delivery choice, expected dates, totals. After checkout it thanks. */
@Component({
  selector: 'lt-order-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a routerLink="/orders">← {{ 'orders.back' | t }}</a>
    </p>
    <lt-form-alert [message]="error()" />
    @if (order(); as order) {
      @if (justPlaced()) {
        <div class="alert alert-success" data-testid="order-placed">{{ 'orders.thanks' | t }}</div>
      }
      <div class="page-header">
        <h1 data-testid="order-number">{{ 'orders.orderTitle' | t: { number: order.number } }}</h1>
        <span class="status">{{ 'orderStatus.' + order.status | t }}</span>
      </div>
      <p class="muted">
        {{ order.placedAt | localDate: 'time' }} · {{ order.placedBy }}
        @if (order.purchaseOrderReference) {
          · {{ 'orders.reference' | t }} {{ order.purchaseOrderReference }}
        }
        @if (order.quote; as quote) {
          · {{ 'orders.fromQuote' | t: { number: quote.number, revision: quote.revision } }}
        }
      </p>
      <div class="grid">
        <section class="card">
          <h2>{{ 'orders.deliveryAddress' | t }}</h2>
          <address>
            @if (order.deliveryAddress.label) {
              {{ order.deliveryAddress.label }}<br />
            }
            {{ order.deliveryAddress.line1 }}<br />
            @if (order.deliveryAddress.line2) {
              {{ order.deliveryAddress.line2 }}<br />
            }
            {{ order.deliveryAddress.postalCode }} {{ order.deliveryAddress.city }}, {{ order.deliveryAddress.country }}
          </address>
        </section>
        <section class="card">
          <h2>{{ 'orders.billingAddress' | t }}</h2>
          <address>
            {{ order.billingAddress.line1 }}<br />
            {{ order.billingAddress.postalCode }} {{ order.billingAddress.city }}, {{ order.billingAddress.country }}
          </address>
        </section>
        <section class="card" data-testid="order-delivery">
          <h2>{{ 'orders.delivery' | t }}</h2>
          <p>
            {{
              'orders.method'
                | t: { method: ('orders.' + (order.shippingMethod === 'express' ? 'expressMethod' : 'standard') | t) }
            }}
          </p>
          <p>{{ 'orders.expectedDispatch' | t: { date: (order.expectedDispatchDate | localDate) } }}</p>
          @if (order.desiredDeliveryDate) {
            <p data-testid="desired-date">
              {{ 'orders.desired' | t: { date: (order.desiredDeliveryDate | localDate) } }}
            </p>
          } @else {
            <p>
              {{
                'orders.expected'
                  | t: { from: (order.earliestDeliveryDate | localDate), to: (order.latestDeliveryDate | localDate) }
              }}
            </p>
          }
          @if (order.partialDelivery) {
            <p>{{ 'orders.partial' | t }}</p>
          }
          <p>{{ 'orders.payment' | t: { days: order.paymentTermsDays } }}</p>
        </section>
      </div>
      <section class="card">
        <table class="table" data-testid="order-lines">
          <thead>
            <tr>
              <th>{{ 'orders.sku' | t }}</th>
              <th>{{ 'orders.product' | t }}</th>
              <th class="num">{{ 'orders.quantity' | t }}</th>
              <th class="num">{{ 'orders.unitPrice' | t }}</th>
              <th class="num">{{ 'orders.lineTotal' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (line of order.lines; track line.id) {
              <tr [attr.data-sku]="line.sku">
                <td class="sku">{{ line.sku }}</td>
                <td>{{ line.name }}</td>
                <td class="num">{{ line.quantity }}</td>
                <td class="num">{{ line.unitPriceOre | money }}</td>
                <td class="num">{{ line.lineTotalOre | money }}</td>
              </tr>
            }
          </tbody>
          <tfoot>
            <tr>
              <td colspan="4" class="num">{{ 'orders.goods' | t }}</td>
              <td class="num">{{ order.totals.goodsOre | money }}</td>
            </tr>
            <tr>
              <td colspan="4" class="num">{{ 'orders.shipping' | t }}</td>
              <td class="num">{{ order.totals.shippingOre | money }}</td>
            </tr>
            @if (order.shippingCharges.expressSurchargeOre > 0) {
              <tr class="muted">
                <td colspan="4" class="num">{{ 'orders.express' | t }}</td>
                <td class="num">{{ order.shippingCharges.expressSurchargeOre | money }}</td>
              </tr>
            }
            @if (order.shippingCharges.bulkySurchargeOre > 0) {
              <tr class="muted">
                <td colspan="4" class="num">{{ 'orders.bulky' | t }}</td>
                <td class="num">{{ order.shippingCharges.bulkySurchargeOre | money }}</td>
              </tr>
            }
            <tr>
              <td colspan="4" class="num">{{ 'orders.vat' | t }}</td>
              <td class="num">{{ order.totals.vatOre | money }}</td>
            </tr>
            <tr class="strong">
              <td colspan="4" class="num">{{ 'orders.gross' | t }}</td>
              <td class="num" data-testid="order-gross">{{ order.totals.grossOre | money }}</td>
            </tr>
          </tfoot>
        </table>
      </section>
    }
  `,
  styles: `
    .page-header {
      display: flex;
      gap: 1rem;
      align-items: center;
    }
    .status {
      padding: 0.1rem 0.6rem;
      border-radius: 999px;
      background: var(--surface-muted);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
      gap: 1rem;
      margin-bottom: 1rem;
    }
    address {
      font-style: normal;
    }
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
    .sku {
      font-family: var(--font-mono);
    }
    .strong {
      font-weight: 700;
    }
  `,
})
export class OrderPage implements OnInit {
  private readonly api = inject(OrdersApi);
  readonly id = input.required<string>();
  /** `?placed=1` right after checkout: the confirmation. */
  readonly placed = input<string | undefined>();
  protected readonly justPlaced = computed(() => this.placed() === '1');
  protected readonly order = signal<OrderDetail | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.order.set(await this.api.get(this.id()));
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
