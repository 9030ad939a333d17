import type { OrderStatus, ShippingMethod } from '@lumen/shared/domain';
import type { DeliveryCountry } from './company';
import type { StockStatus } from './catalog';
import type { Cart } from './cart';

export { SHIPPING_METHODS } from '@lumen/shared/domain';
export type { ShippingMethod } from '@lumen/shared/domain';

export { ORDER_STATUSES } from '@lumen/shared/domain';
export type { OrderStatus } from '@lumen/shared/domain';

export const PAYMENT_METHODS = ['invoice_30_days'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PURCHASE_ORDER_REFERENCE_MAX = 60;

/**
 * The longest search (`q`) of the order history and the order desk: longer than any order
 * number, PO reference (60), SKU (64) or company name a person types.
 */
export const ORDER_SEARCH_MAX_LENGTH = 100;

/**
 * How the freight forwarder gets bulky goods in (PRODUCT.md §13): asked at checkout of an order
 * with any bulky line, shown on the desk and the delivery note.
 */
export const DELIVERY_ACCESS = ['street_level', 'lift', 'carrying_help'] as const;
export type DeliveryAccess = (typeof DELIVERY_ACCESS)[number];
export const ACCESS_NOTE_MAX = 500;

export interface AccessNotes {
  access: DeliveryAccess;
  /** Free text: door code, opening hours, floor. */
  note?: string | null;
}

/** Amounts excl. VAT in øre; parcel shops are never offered to business customers. */
export interface ShippingCharges {
  standardFeeOre: number;
  expressSurchargeOre: number;
  bulkySurchargeOre: number;
  totalOre: number;
  freeStandardShipping: boolean;
}

/** VAT (25 %) is computed on the total, shipping included. */
export interface OrderTotals {
  goodsOre: number;
  shippingOre: number;
  netOre: number;
  vatOre: number;
  grossOre: number;
}

/** `POST /api/orders` with an `Idempotency-Key` header. */
export interface CheckoutRequest {
  deliveryAddressId: string;
  shippingMethod: ShippingMethod;
  /** A business day (YYYY-MM-DD) no earlier than the earliest possible; not with partial delivery. */
  desiredDeliveryDate?: string;
  /** Ship what is in stock now and the rest as it comes in. */
  partialDelivery?: boolean;
  purchaseOrderReference?: string;
  paymentMethod?: PaymentMethod;
  /** Order an accepted quote (its accepted revision, at its prices) instead of the cart. */
  quoteId?: string;
  /** Asked by the portal when any line is bulky; optional at the API; kept on any order when given. */
  accessNotes?: AccessNotes;
}

export interface OrderAddress {
  label: string | null;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: DeliveryCountry;
  /** Whom the freight forwarder phones to agree a date; absent on orders placed before it existed. */
  recipientName?: string | null;
  recipientPhone?: string | null;
}

export interface OrderLine {
  id: string;
  position: number;
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  unitPriceOre: number;
  lineTotalOre: number;
  stockStatusAtOrder: StockStatus;
}

export interface OrderSummary {
  id: string;
  number: number;
  status: OrderStatus;
  placedAt: string;
  placedBy: string;
  purchaseOrderReference: string | null;
  lineCount: number;
  totals: OrderTotals;
  expectedDispatchDate: string;
  /** `displayNumber` is the quote's `Q-000011`, the number its customer and the consultant know it by. */
  quote: { id: string; number: number; displayNumber: string; revision: number } | null;
}

export interface OrderDetail extends OrderSummary {
  lines: OrderLine[];
  deliveryAddress: OrderAddress;
  billingAddress: OrderAddress;
  shippingMethod: ShippingMethod;
  shippingCharges: ShippingCharges;
  partialDelivery: boolean;
  desiredDeliveryDate: string | null;
  earliestDeliveryDate: string;
  latestDeliveryDate: string;
  paymentMethod: PaymentMethod;
  /** Invoice due days after dispatch. */
  paymentTermsDays: number;
}

export interface OrderPage {
  items: OrderSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/orders/:id/reorder`: the order's lines into the cart at today's prices. */
export interface ReorderResponse {
  /** Lines added to the cart (or whose quantity was raised). */
  added: number;
  /** Lines no longer orderable: end-of-life (with the replacement offered, if any) or gone from the catalog. */
  notOrderable: { sku: string; name: string; quantity: number; replacementSku: string | null }[];
  cart: Cart;
}
