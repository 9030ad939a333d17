import type { ProductSummary } from './catalog';
import type { OrderTotals, ShippingCharges, ShippingMethod } from './orders';

export interface CartItem {
  id: string;
  product: ProductSummary;
  quantity: number;
  /** Tier unit price × quantity, excl. VAT. */
  lineTotalOre: number;
  /** Why this item cannot be ordered as it is (e.g. end of life); null when it can. */
  problem: 'end_of_life' | null;
}

export interface Cart {
  items: CartItem[];
  itemCount: number;
  /** Goods and the standard-shipping estimate to the default delivery address, VAT on the total. */
  totals: OrderTotals;
  shippingEstimate: ShippingCharges | null;
  /** Goods value excl. VAT from which standard shipping is free (a shop setting). */
  freeShippingThresholdOre: number;
}

export interface AddCartItemRequest {
  sku: string;
  quantity: number;
}

export interface UpdateCartItemRequest {
  quantity: number;
}

/** One way to ship, priced for the current cart and dated from now. */
export interface ShippingOption {
  method: ShippingMethod;
  charges: ShippingCharges;
  expectedDispatchDate: string;
  earliestDeliveryDate: string;
  latestDeliveryDate: string;
}

export interface ShippingOptionsResponse {
  deliveryAddressId: string;
  options: ShippingOption[];
  freeShippingThresholdOre: number;
}

/** `POST /api/cart/from-project-list/:id`: "move all to cart"; end-of-life products stay on the list. */
export interface ProjectListToCartResponse {
  /** Products added to the cart (or whose quantity was raised). */
  added: number;
  /** Article numbers of the list's end-of-life products, which were not added. */
  skippedEndOfLife: string[];
  cart: Cart;
}
