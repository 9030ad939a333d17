import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { ApiClient, AuthStore } from '@lumen/portal/core';
import type {
  Cart,
  CheckoutRequest,
  CompanyAddress,
  OrderDetail,
  ProjectListToCartResponse,
  QuoteDetail,
  ShippingOptionsResponse,
} from '@lumen/shared/contracts';
import { type Observable, firstValueFrom } from 'rxjs';

/**
 * The cart calls, and the cart itself as a signal the header icon and the pages share: every
 * call that changes the cart (add, quantity, remove, quick order, order again, checkout) leaves
 * the new cart here, so the header's count follows without a request of its own.
 */
@Injectable({ providedIn: 'root' })
export class CartApi {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthStore);

  /** Null until first loaded, and again when another user logs in (it was the last user's cart). */
  readonly cart = signal<Cart | null>(null);
  /** The number of lines (products) in the cart, which the header shows. */
  readonly lineCount = computed(() => this.cart()?.itemCount ?? 0);

  private readonly userId = computed(() => this.auth.user()?.id ?? null);

  constructor() {
    let owner = untracked(this.userId);
    effect(() => {
      const user = this.userId();
      if (user === owner) return;
      owner = user;
      untracked(() => this.cart.set(null));
    });
  }

  refresh(): Promise<Cart> {
    return this.keep(this.api.get<Cart>('/cart'));
  }

  add(sku: string, quantity: number): Promise<Cart> {
    return this.keep(this.api.post<Cart>('/cart/items', { sku, quantity }));
  }

  setQuantity(itemId: string, quantity: number): Promise<Cart> {
    return this.keep(this.api.patch<Cart>(`/cart/items/${itemId}`, { quantity }));
  }

  remove(itemId: string): Promise<Cart> {
    return this.keep(this.api.delete<Cart>(`/cart/items/${itemId}`));
  }

  /** Every product of a project list into the cart; end-of-life ones are named, not added. */
  fromProjectList(listId: string): Promise<ProjectListToCartResponse> {
    return this.keep(this.api.post<ProjectListToCartResponse>(`/cart/from-project-list/${listId}`, {}));
  }

  /** Standard and express to an address, for the cart or, with `quoteId`, for that accepted quote. */
  shippingOptions(deliveryAddressId: string, quoteId: string | null): Promise<ShippingOptionsResponse> {
    const query = quoteId ? { deliveryAddressId, quoteId } : { deliveryAddressId };
    return firstValueFrom(this.api.get<ShippingOptionsResponse>('/cart/shipping-options', { query }));
  }

  addresses(): Promise<CompanyAddress[]> {
    return firstValueFrom(this.api.get<CompanyAddress[]>('/company/addresses'));
  }

  quote(id: string): Promise<QuoteDetail> {
    return firstValueFrom(this.api.get<QuoteDetail>(`/quotes/${id}`));
  }

  /** One key per checkout attempt: a retry of the same submit cannot order twice. */
  async placeOrder(idempotencyKey: string, request: CheckoutRequest): Promise<OrderDetail> {
    const order = await firstValueFrom(
      this.api.post<OrderDetail>('/orders', request, { headers: { 'Idempotency-Key': idempotencyKey } }),
    );
    void this.refresh().catch(() => undefined);
    return order;
  }

  /** Keeps the cart a call answers with, itself or inside a larger answer. */
  private async keep<T extends Cart | { cart: Cart }>(request: Observable<T>): Promise<T> {
    const user = this.userId();
    const answer = await firstValueFrom(request);
    // An answer that arrives after a logout or another login is not this user's cart.
    if (this.userId() === user) this.cart.set('cart' in answer ? answer.cart : answer);
    return answer;
  }
}
