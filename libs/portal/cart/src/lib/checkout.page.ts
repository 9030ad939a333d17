import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  describeError,
} from '@lumen/portal/core';
import type {
  CheckoutRequest,
  CompanyAddress,
  QuoteRevisionView,
  ShippingMethod,
  ShippingOption,
} from '@lumen/shared/contracts';
import { CartApi } from './cart.api';
import { DeliveryCalendar } from './delivery-calendar';

type DeliveryMode = 'asap' | 'date' | 'partial';

/**
 * Checkout of the cart, or of an accepted quote (`?quote=<id>`): delivery address from the
 * address book, standard or express, a desired date from the calendar or partial delivery,
 * the purchase-order reference, invoice 30 days. The server prices the order again.
 */
@Component({
  selector: 'lt-checkout-page',
  imports: [FormsModule, RouterLink, FormAlert, LocalDatePipe, MoneyPipe, TranslatePipe, DeliveryCalendar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/cart">← {{ 'cart.title' | t }}</a></p>
    <h1>{{ 'checkout.title' | t }}</h1>
    @if (quoteRevision(); as revision) {
      <div class="alert alert-info" data-testid="quote-checkout">
        {{ 'checkout.fromQuote' | t: { number: quoteNumber(), revision: revision.number } }}
      </div>
    }
    <lt-form-alert [message]="error()" />
    <div class="layout">
      <form class="card" (ngSubmit)="place()">
        <fieldset>
          <legend>{{ 'checkout.deliveryAddress' | t }}</legend>
          @for (address of addresses(); track address.id) {
            <label class="choice">
              <input type="radio" name="address" [value]="address.id" [ngModel]="addressId()"
                (ngModelChange)="chooseAddress($event)" />
              <span>
                <strong>{{ address.label || address.line1 }}</strong>
                @if (address.isDefault) { <em class="muted">({{ 'checkout.defaultAddress' | t }})</em> }
                <br /><span class="muted">{{ address.line1 }}, {{ address.postalCode }} {{ address.city }}, {{ address.country }}</span>
              </span>
            </label>
          } @empty {
            <p class="muted">{{ 'checkout.noAddress' | t }}</p>
          }
          <p class="muted small">{{ 'checkout.billingNote' | t }}</p>
        </fieldset>

        <fieldset>
          <legend>{{ 'checkout.shippingMethod' | t }}</legend>
          @for (option of options(); track option.method) {
            <label class="choice" [attr.data-method]="option.method">
              <input type="radio" name="method" [value]="option.method" [ngModel]="method()" (ngModelChange)="chooseMethod($event)" />
              <span>
                <strong>{{ 'checkout.' + option.method | t }}</strong>
                @if (!quoteId()) {
                  — {{ option.charges.totalOre === 0 ? ('checkout.free' | t) : (option.charges.totalOre | money) }}
                }
                <br /><span class="muted small">
                  {{ 'checkout.dispatch' | t: { date: (option.expectedDispatchDate | localDate) } }} ·
                  {{ 'checkout.arrives' | t: { from: (option.earliestDeliveryDate | localDate), to: (option.latestDeliveryDate | localDate) } }}
                </span>
              </span>
            </label>
          }
        </fieldset>

        <fieldset>
          <legend>{{ 'checkout.when' | t }}</legend>
          <label class="choice"><input type="radio" name="mode" value="asap" [ngModel]="mode()" (ngModelChange)="mode.set($event)" /> {{ 'checkout.asap' | t }}</label>
          <label class="choice"><input type="radio" name="mode" value="date" data-testid="mode-date" [ngModel]="mode()" (ngModelChange)="mode.set($event)" /> {{ 'checkout.desiredDate' | t }}</label>
          @if (mode() === 'date' && chosenOption(); as option) {
            <lt-delivery-calendar [earliest]="option.earliestDeliveryDate" [value]="desiredDate()" (picked)="desiredDate.set($event)" />
          }
          <label class="choice"><input type="radio" name="mode" value="partial" [ngModel]="mode()" (ngModelChange)="mode.set($event)" /> {{ 'checkout.partial' | t }}</label>
        </fieldset>

        <div class="field">
          <label for="po">{{ 'checkout.poReference' | t }}</label>
          <input id="po" name="po" maxlength="60" data-testid="po-reference" [ngModel]="poReference()" (ngModelChange)="poReference.set($event)" />
        </div>
        <p><strong>{{ 'checkout.payment' | t }}:</strong> {{ 'checkout.invoice' | t }}</p>
        <button class="btn btn-primary" type="submit" data-testid="place-order" [disabled]="busy() || !addressId()">
          {{ (busy() ? 'checkout.placing' : 'checkout.place') | t }}
        </button>
      </form>

      <aside class="card summary" data-testid="checkout-summary">
        <h2>{{ 'checkout.summary' | t }}</h2>
        <ul>
          @for (line of lines(); track line.sku) {
            <li><span class="sku">{{ line.sku }}</span> {{ line.name }} × {{ line.quantity }} <span class="num">{{ line.lineTotalOre | money }}</span></li>
          }
        </ul>
        <dl>
          <dt>{{ 'cart.goods' | t }}</dt><dd>{{ goodsOre() | money }}</dd>
          @if (!quoteId() && chosenOption(); as option) {
            <dt>{{ 'checkout.shipping' | t }}</dt><dd>{{ option.charges.totalOre | money }}</dd>
          }
        </dl>
      </aside>
    </div>
  `,
  styles: `
    .layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(16rem, 1fr); gap: 1rem; align-items: start; }
    @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
    fieldset { border: 0; padding: 0; margin: 0 0 1.2rem; }
    legend { font-weight: 700; margin-bottom: 0.4rem; }
    .choice { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.35rem 0; cursor: pointer; }
    .small { font-size: 0.85rem; }
    .summary ul { list-style: none; padding: 0; margin: 0 0 0.8rem; }
    .summary li { display: flex; gap: 0.4rem; padding: 0.25rem 0; border-bottom: 1px solid var(--border); font-size: 0.9rem; }
    .summary .num { margin-left: auto; white-space: nowrap; }
    .sku { font-family: var(--font-mono); white-space: nowrap; }
    dl { display: grid; grid-template-columns: 1fr auto; gap: 0.3rem 1rem; }
    dd { margin: 0; text-align: right; }
    .field input { width: 100%; max-width: 24rem; }
  `,
})
export class CheckoutPage implements OnInit {
  private readonly api = inject(CartApi);
  private readonly router = inject(Router);
  /** `?quote=<id>`: order an accepted quote instead of the cart. */
  readonly quote = input<string | undefined>();

  protected readonly quoteId = computed(() => this.quote() ?? null);
  protected readonly addresses = signal<CompanyAddress[]>([]);
  protected readonly addressId = signal<string | null>(null);
  protected readonly options = signal<ShippingOption[]>([]);
  protected readonly method = signal<ShippingMethod>('standard');
  protected readonly mode = signal<DeliveryMode>('asap');
  protected readonly desiredDate = signal<string | null>(null);
  protected readonly poReference = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly quoteRevision = signal<QuoteRevisionView | null>(null);
  protected readonly quoteNumber = signal('');
  protected readonly chosenOption = computed(() => this.options().find((option) => option.method === this.method()) ?? null);
  protected readonly lines = computed(() => {
    const revision = this.quoteRevision();
    if (revision) return revision.lines;
    return (this.api.cart()?.items ?? []).map((item) => ({
      sku: item.product.sku,
      name: item.product.name,
      quantity: item.quantity,
      lineTotalOre: item.lineTotalOre,
    }));
  });
  protected readonly goodsOre = computed(() => this.lines().reduce((sum, line) => sum + line.lineTotalOre, 0));

  /** The key of the last attempt, reused only while the request stays the same. */
  private attempt: { body: string; key: string } | null = null;

  async ngOnInit(): Promise<void> {
    try {
      const quoteId = this.quoteId();
      const [addresses] = await Promise.all([
        this.api.addresses(),
        quoteId ? this.loadQuote(quoteId) : this.api.refresh(),
      ]);
      const delivery = addresses.filter((address) => address.kind === 'delivery');
      this.addresses.set(delivery);
      const preferred = delivery.find((address) => address.isDefault) ?? delivery[0];
      if (preferred) await this.chooseAddress(preferred.id);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  protected async chooseAddress(id: string): Promise<void> {
    this.addressId.set(id);
    try {
      this.options.set((await this.api.shippingOptions(id, this.quoteId())).options);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  protected chooseMethod(method: ShippingMethod): void {
    this.method.set(method);
    // A date chosen for standard may be too early or fine for express; let the user pick again.
    const earliest = this.chosenOption()?.earliestDeliveryDate;
    if (earliest && (this.desiredDate() ?? '') < earliest) this.desiredDate.set(null);
  }

  protected async place(): Promise<void> {
    const addressId = this.addressId();
    if (!addressId || this.busy()) return;
    if (this.mode() === 'date' && !this.desiredDate()) {
      this.error.set({ key: 'checkout.chooseDate' });
      return;
    }
    const request: CheckoutRequest = {
      deliveryAddressId: addressId,
      shippingMethod: this.method(),
      paymentMethod: 'invoice_30_days',
      ...(this.mode() === 'date' && this.desiredDate() ? { desiredDeliveryDate: this.desiredDate() as string } : {}),
      ...(this.mode() === 'partial' ? { partialDelivery: true } : {}),
      ...(this.poReference().trim() ? { purchaseOrderReference: this.poReference().trim() } : {}),
      ...(this.quoteId() ? { quoteId: this.quoteId() as string } : {}),
    };
    const body = JSON.stringify(request);
    if (this.attempt?.body !== body) this.attempt = { body, key: crypto.randomUUID() };
    this.busy.set(true);
    this.error.set(null);
    try {
      const order = await this.api.placeOrder(this.attempt.key, request);
      await this.router.navigate(['/orders', order.id], { queryParams: { placed: 1 } });
    } catch (error) {
      this.error.set(describeError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async loadQuote(id: string): Promise<void> {
    const quote = await this.api.quote(id);
    this.quoteNumber.set(quote.number);
    this.quoteRevision.set(quote.revisions.find((revision) => revision.number === quote.acceptedRevision) ?? null);
  }
}
