import { osloDateTime } from './business-days';
import { type DeliveryPlan, type ShippingMethod, type StockOfLine, goodsReadyOn, planDelivery } from './delivery';

export interface DeliveryChoice {
  /** The stock of every line the order would place. */
  lines: readonly StockOfLine[];
  placedAt: Date;
  method: ShippingMethod;
  /** Ship what is in stock now and the rest as it comes in; otherwise everything at once. */
  partialDelivery: boolean;
}

/**
 * THE dates of an order's (first) shipment for a delivery choice: checkout's shipping options,
 * the order it places and the order page all come from here. A complete delivery waits for the
 * last line; a partial one leaves with the first goods in stock. Computing the options as
 * complete and the order as partial is how checkout once promised 05.01.2027 for an order that
 * then said 02.12.2026.
 */
export function deliveryPlanOf(choice: DeliveryChoice): DeliveryPlan {
  const today = osloDateTime(choice.placedAt).date;
  return planDelivery({
    placedAt: choice.placedAt,
    method: choice.method,
    readyOn: goodsReadyOn(choice.lines, today, choice.partialDelivery),
  });
}

/**
 * Both ways to deliver the same lines, so checkout can show what each choice means: with partial
 * delivery the first shipment's dates, and the rest arriving as the complete delivery would.
 */
export function deliveryPlansOf(choice: Omit<DeliveryChoice, 'partialDelivery'>): {
  complete: DeliveryPlan;
  partial: DeliveryPlan;
} {
  return {
    complete: deliveryPlanOf({ ...choice, partialDelivery: false }),
    partial: deliveryPlanOf({ ...choice, partialDelivery: true }),
  };
}
