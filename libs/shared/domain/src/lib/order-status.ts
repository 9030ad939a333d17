/**
 * An order's statuses as PRODUCT.md §13 names them, in the order of an order's life (the values
 * `?status=` takes, the desk's tabs). They live here because the rule that derives them does; the
 * contracts re-export them.
 */
export const ORDER_STATUSES = [
  'placed',
  'confirmed',
  'in_preparation',
  'partially_shipped',
  'shipped',
  'delivered',
  'cancelled',
] as const;
/**
 * An order that a purchasing rule or budget holds for approval (PRODUCT.md §17): placed by the
 * customer, not yet the shop's. It is not one of `ORDER_STATUSES` — the shop's desk never shows
 * it — but the customer's history lists it and filters by it (`ORDER_HISTORY_STATUSES`).
 */
export const AWAITING_APPROVAL = 'awaiting_approval';
export type OrderStatus = (typeof ORDER_STATUSES)[number] | typeof AWAITING_APPROVAL;
/** Every status a customer's order can have, in the order of its life: the history's filter. */
export const ORDER_HISTORY_STATUSES: readonly OrderStatus[] = [AWAITING_APPROVAL, ...ORDER_STATUSES];

/** The quantities of one order line, as the order's lines and shipments add them up. */
export interface OrderStatusLine {
  quantity: number;
  cancelledQuantity: number;
  /** Units of this line in any shipment (delivered ones included). */
  shippedQuantity: number;
  /** Units of this line in shipments marked delivered. */
  deliveredQuantity: number;
}

export interface OrderStatusInput {
  /** When staff confirmed the order; null until then. Only whether it is set matters. */
  confirmedAt: Date | string | null;
  /** When staff put the order in preparation; null until then. */
  preparationStartedAt: Date | string | null;
  /** Whether the order still waits for its purchasing approvals; left out, it does not. */
  awaitingApproval?: boolean;
  lines: readonly OrderStatusLine[];
}

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`${what} must be a non-negative whole number, got ${value}`);
}

/** Units of a line still owed to the customer: ordered less cancelled. Checks the line's counts agree. */
function liveUnits(line: OrderStatusLine, index: number): number {
  const at = `line ${index + 1}`;
  assertCount(line.quantity, `${at} quantity`);
  assertCount(line.cancelledQuantity, `${at} cancelled quantity`);
  assertCount(line.shippedQuantity, `${at} shipped quantity`);
  assertCount(line.deliveredQuantity, `${at} delivered quantity`);
  const live = line.quantity - line.cancelledQuantity;
  if (live < 0) throw new RangeError(`${at}: more cancelled than ordered`);
  if (line.shippedQuantity > live) throw new RangeError(`${at}: more shipped than ordered less cancelled`);
  if (line.deliveredQuantity > line.shippedQuantity) throw new RangeError(`${at}: more delivered than shipped`);
  return live;
}

/**
 * THE order status rule (PRODUCT.md §13): the status follows from the lines and shipments, so
 * it can never be set out of step with them. Cancelled units count for nothing: an order whose
 * every line is fully cancelled is cancelled; otherwise it is delivered when every live unit is
 * in a delivered shipment, shipped when every live unit is in a shipment, partially shipped when
 * some are, and before the first shipment it is where staff moved it (placed → confirmed → in
 * preparation). Before all that, an order waiting for its approvals awaits approval; a rejected or
 * expired one has every line cancelled, so it is cancelled by the same rule as any other.
 */
export function deriveOrderStatus(input: OrderStatusInput): OrderStatus {
  if (input.lines.length === 0) throw new RangeError('an order has at least one line');
  let live = 0;
  let shipped = 0;
  let delivered = 0;
  input.lines.forEach((line, index) => {
    live += liveUnits(line, index);
    shipped += line.shippedQuantity;
    delivered += line.deliveredQuantity;
  });
  if (live === 0) return 'cancelled';
  if (input.awaitingApproval) {
    if (shipped > 0 || input.confirmedAt !== null)
      throw new RangeError('an order awaiting approval has not reached the shop: nothing confirmed or shipped');
    return AWAITING_APPROVAL;
  }
  if (delivered === live) return 'delivered';
  if (shipped === live) return 'shipped';
  if (shipped > 0) return 'partially_shipped';
  if (input.preparationStartedAt !== null) return 'in_preparation';
  if (input.confirmedAt !== null) return 'confirmed';
  return 'placed';
}
