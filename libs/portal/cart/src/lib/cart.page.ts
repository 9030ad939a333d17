import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  AuthStore,
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TierBadge,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import type { CartItem } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { CartApi } from './cart.api';

/** The cart: tier prices, quantities edited in place, VAT and the shipping estimate. */
@Component({
  selector: 'lt-cart-page',
  imports: [RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TierBadge, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'cart.title' | t }}</h1>
    <lt-form-alert [message]="error()" />
    @if (cart(); as cart) {
      @if (cart.items.length === 0) {
        <p class="muted" data-testid="cart-empty">{{ 'cart.empty' | t }}</p>
        <a class="btn btn-secondary" routerLink="/quick-order">{{ 'cart.quickOrder' | t }}</a>
      } @else {
        @if (tier(); as tier) {
          <p class="tier-note"><lt-tier-badge [tier]="tier" /> {{ 'cart.tierNote' | t: { tier: ('tiers.' + tier | t) } }}</p>
        }
        <section class="card">
          <table class="table" data-testid="cart-lines">
            <thead>
              <tr>
                <th>{{ 'cart.sku' | t }}</th>
                <th>{{ 'cart.product' | t }}</th>
                <th>{{ 'cart.stock' | t }}</th>
                <th class="num">{{ 'cart.quantity' | t }}</th>
                <th class="num">{{ 'cart.unitPrice' | t }}</th>
                <th class="num">{{ 'cart.lineTotal' | t }}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              @for (item of cart.items; track item.id) {
                <tr [attr.data-sku]="item.product.sku" [class.problem]="item.problem">
                  <td class="sku">{{ item.product.sku }}</td>
                  <td>
                    {{ item.product.name }}
                    @if (item.problem === 'end_of_life') {
                      <div class="warn">{{ 'cart.endOfLife' | t }}</div>
                    }
                  </td>
                  <td class="small">{{ 'stock.' + item.product.stockStatus | t: { date: (item.product.stockDate | localDate) } }}</td>
                  <td class="num">
                    <input class="qty" type="number" min="1" [max]="maxQuantity" [value]="item.quantity"
                      [attr.aria-label]="('cart.quantity' | t) + ' ' + item.product.sku"
                      (change)="setQuantity(item, $any($event.target).valueAsNumber)" />
                  </td>
                  <td class="num price" [attr.data-tier]="item.product.price?.tier">{{ item.product.price?.unitPriceOre | money }}</td>
                  <td class="num">{{ item.lineTotalOre | money }}</td>
                  <td><button class="link" type="button" (click)="remove(item)">{{ 'cart.remove' | t }}</button></td>
                </tr>
              }
            </tbody>
          </table>
        </section>
        <section class="card totals" data-testid="cart-totals">
          <dl>
            <dt>{{ 'cart.goods' | t }}</dt><dd>{{ cart.totals.goodsOre | money }}</dd>
            @if (cart.shippingEstimate; as shipping) {
              <dt>{{ 'cart.shippingEstimate' | t }}</dt><dd>{{ shipping.standardFeeOre | money }}</dd>
              @if (shipping.bulkySurchargeOre > 0) {
                <dt>{{ 'cart.bulky' | t }}</dt><dd>{{ shipping.bulkySurchargeOre | money }}</dd>
              }
            }
            <dt>{{ 'cart.vat' | t }}</dt><dd>{{ cart.totals.vatOre | money }}</dd>
            <dt class="strong">{{ 'cart.totalInclVat' | t }}</dt><dd class="strong" data-testid="cart-gross">{{ cart.totals.grossOre | money }}</dd>
          </dl>
          <p class="muted small">{{ 'cart.freeShipping' | t: { amount: (cart.freeShippingThresholdOre | money) } }}</p>
          @if (auth.can('place', 'Order')) {
            <a class="btn btn-primary" routerLink="/cart/checkout" data-testid="go-checkout"
              [class.disabled]="hasProblems()">{{ 'cart.checkout' | t }}</a>
          }
        </section>
      }
    }
  `,
  styles: `
    .table { width: 100%; border-collapse: collapse; }
    .table th, .table td { text-align: left; padding: 0.5rem; border-bottom: 1px solid var(--border); vertical-align: top; }
    .table .num { text-align: right; white-space: nowrap; }
    .sku { font-family: var(--font-mono); white-space: nowrap; }
    .small { font-size: 0.85rem; }
    .qty { width: 6rem; text-align: right; padding: 0.3rem; border: 1px solid var(--border-strong); border-radius: var(--radius); }
    .price[data-tier='silver'] { color: var(--tier-silver); }
    .price[data-tier='gold'] { color: var(--tier-gold); }
    .price[data-tier='platinum'] { color: var(--tier-platinum); }
    .problem { background: var(--surface-muted); }
    .warn { color: var(--danger); font-size: 0.85rem; }
    .link { background: none; border: 0; color: var(--accent); cursor: pointer; padding: 0; font: inherit; }
    .totals { margin-top: 1rem; max-width: 28rem; margin-left: auto; }
    dl { display: grid; grid-template-columns: 1fr auto; gap: 0.3rem 1rem; margin: 0 0 0.8rem; }
    dd { margin: 0; text-align: right; white-space: nowrap; }
    .strong { font-weight: 700; }
    .disabled { pointer-events: none; opacity: 0.5; }
    .tier-note { display: flex; gap: 0.5rem; align-items: center; }
  `,
})
export class CartPage implements OnInit {
  private readonly api = inject(CartApi);
  protected readonly auth = inject(AuthStore);
  protected readonly maxQuantity = ORDER_LINE_QUANTITY_MAX;
  protected readonly cart = this.api.cart;
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly tier = computed(() => this.auth.company()?.tier ?? null);
  protected readonly hasProblems = computed(() => (this.cart()?.items ?? []).some((item) => item.problem));

  ngOnInit(): void {
    void this.run(() => this.api.refresh());
  }

  protected setQuantity(item: CartItem, quantity: number): void {
    if (!Number.isInteger(quantity) || quantity < 1) return;
    void this.run(() => this.api.setQuantity(item.id, quantity));
  }

  protected remove(item: CartItem): void {
    void this.run(() => this.api.remove(item.id));
  }

  private async run(action: () => Promise<unknown>): Promise<void> {
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      this.error.set(describeError(error));
    }
  }
}
