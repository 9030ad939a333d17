import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TranslatePipe,
  apiErrorOf,
  describeError,
} from '@lumen/portal/core';
import type {
  CheckoutRequest,
  CompanyAddress,
  DeliveryAccess,
  QuoteRevisionView,
  ShippingMethod,
  ShippingOption,
} from '@lumen/shared/contracts';
import { CheckoutPurchasing } from '@lumen/portal/purchasing';
import { type DeliveryPlan, deliveryPlanOf } from '@lumen/shared/domain';
import { CartApi } from './cart.api';
import { CheckoutSummary } from './checkout-summary';
import { DeliveryAccessField } from './delivery-access';
import { DeliveryCalendar } from './delivery-calendar';

type DeliveryMode = 'asap' | 'date' | 'partial';

/** What a shipping option says about when the order leaves and arrives. */
interface OptionDates {
  dispatch: string;
  from: string;
  to: string;
}

/**
 * Checkout of the cart, or of an accepted quote (`?quote=<id>`): delivery address from the
 * address book, standard or express, a desired date from the calendar or partial delivery,
 * how bulky goods get in (when there are any), the purchase-order reference, invoice 30 days;
 * beside it what the order will cost, shipping and VAT included. The server prices it again.
 */
@Component({
  selector: 'lt-checkout-page',
  imports: [
    FormsModule,
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    TranslatePipe,
    CheckoutSummary,
    CheckoutPurchasing,
    DeliveryAccessField,
    DeliveryCalendar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './checkout.page.html',
  styleUrl: './checkout.page.css',
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
  protected readonly chosenOption = computed(
    () => this.options().find((option) => option.method === this.method()) ?? null,
  );
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
  /**
   * Partial delivery leaves with the first goods in stock, a complete one waits for the last
   * line: the cart's partial dates come from the rule the order is placed by (`deliveryPlanOf`),
   * not from the options, which the API dates as complete deliveries.
   */
  private readonly partialPlans = computed((): Map<ShippingMethod, DeliveryPlan> | null => {
    const items = this.api.cart()?.items;
    if (this.quoteId() || !items) return null;
    const lines = items.map((item) => ({ stockStatus: item.product.stockStatus, stockDate: item.product.stockDate }));
    const placedAt = new Date();
    return new Map(
      this.options().map((option) => [
        option.method,
        deliveryPlanOf({ lines, placedAt, method: option.method, partialDelivery: true }),
      ]),
    );
  });
  protected readonly access = signal<DeliveryAccess | null>(null);
  protected readonly accessNote = signal('');
  /** The API asked for access notes although the page saw no bulky line (a quote's lines carry no bulk flag). */
  private readonly accessAsked = signal(false);
  /** The user tried to order without saying how bulky goods get in. */
  protected readonly accessMissing = signal(false);
  /**
   * Bulky goods need access notes: a cart knows its products' bulk; for a quote the shipping
   * options tell, by their bulky surcharge; and the API's `access_notes_required` settles it.
   */
  protected readonly needsAccess = computed(
    () =>
      this.accessAsked() ||
      (!this.quoteId() && (this.api.cart()?.items ?? []).some((item) => item.product.bulky)) ||
      (this.chosenOption()?.charges.bulkySurchargeOre ?? 0) > 0,
  );

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

  /**
   * The dates of an option for the chosen way of delivering; null for a quote's partial delivery,
   * whose lines the page has no stock for (the order page then shows its dates).
   */
  protected datesOf(option: ShippingOption): OptionDates | null {
    if (this.mode() !== 'partial')
      return { dispatch: option.expectedDispatchDate, from: option.earliestDeliveryDate, to: option.latestDeliveryDate };
    const plan = this.partialPlans()?.get(option.method);
    return plan ? { dispatch: plan.dispatchDate, from: plan.earliestDelivery, to: plan.latestDelivery } : null;
  }

  protected chooseAccess(access: DeliveryAccess | null): void {
    this.access.set(access);
    // The choice answers the alert that asked for it.
    if (this.accessMissing()) {
      this.accessMissing.set(false);
      this.error.set(null);
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
    const access = this.access();
    if (this.needsAccess() && !access) {
      this.accessMissing.set(true);
      this.error.set({ key: 'errors.access_notes_required' });
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
      ...(this.needsAccess() && access
        ? { accessNotes: { access, ...(this.accessNote().trim() ? { note: this.accessNote().trim() } : {}) } }
        : {}),
    };
    const body = JSON.stringify(request);
    if (this.attempt?.body !== body) this.attempt = { body, key: crypto.randomUUID() };
    this.busy.set(true);
    this.error.set(null);
    try {
      const order = await this.api.placeOrder(this.attempt.key, request);
      await this.router.navigate(['/orders', order.id], { queryParams: { placed: 1 } });
    } catch (error) {
      if (apiErrorOf(error)?.code === 'access_notes_required') {
        this.accessAsked.set(true);
        this.accessMissing.set(true);
      }
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
