import { Injectable, inject, signal } from '@angular/core';
import { ApiClient } from '@lumen/portal/core';
import type {
  Cart,
  CheckoutRequest,
  CompanyAddress,
  OrderDetail,
  QuoteDetail,
  ShippingOptionsResponse,
} from '@lumen/shared/contracts';
import { type Observable, firstValueFrom } from 'rxjs';

/** The cart calls, and the cart itself as a signal the header icon and the pages share. */
@Injectable({ providedIn: 'root' })
export class CartApi {
  private readonly api = inject(ApiClient);

  /** Null until first loaded. */
  readonly cart = signal<Cart | null>(null);

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

  private async keep(request: Observable<Cart>): Promise<Cart> {
    const cart = await firstValueFrom(request);
    this.cart.set(cart);
    return cart;
  }
}
