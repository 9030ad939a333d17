import {
  addBusinessDays,
  addDays,
  isBusinessDay,
  isIsoDate,
  type IsoDate,
  nextBusinessDayOnOrAfter,
  osloDateTime,
} from './business-days';

export const SHIPPING_METHODS = ['standard', 'express'] as const;
export type ShippingMethod = (typeof SHIPPING_METHODS)[number];

/** Transit after dispatch, in business days (PRODUCT.md §8). */
export const TRANSIT_BUSINESS_DAYS: Record<
  ShippingMethod,
  { min: number; max: number }
> = {
  standard: { min: 3, max: 5 },
  express: { min: 1, max: 2 },
};

/** Orders placed before 15:00 Norwegian time with everything in stock leave the same day. */
export const SAME_DAY_DISPATCH_CUTOFF_MINUTES = 15 * 60;

/** How far ahead a desired delivery date may be chosen. */
export const MAX_DESIRED_DATE_DAYS_AHEAD = 365;

export interface DeliveryPlanInput {
  placedAt: Date;
  method: ShippingMethod;
  /**
   * When the goods of the (first) shipment are in our warehouse: null when they are in stock
   * now; otherwise the supplier's confirmed date or our estimate.
   */
  readyOn: IsoDate | null;
}

export interface DeliveryPlan {
  dispatchDate: IsoDate;
  earliestDelivery: IsoDate;
  latestDelivery: IsoDate;
}

/**
 * When the order leaves and arrives. In stock and placed on a business day before 15:00 in
 * Oslo: dispatched that day; otherwise the next business day, or the first business day
 * after the goods come in.
 */
export function planDelivery(input: DeliveryPlanInput): DeliveryPlan {
  const { date, minutesOfDay } = osloDateTime(input.placedAt);
  const sameDay =
    input.readyOn === null &&
    isBusinessDay(date) &&
    minutesOfDay < SAME_DAY_DISPATCH_CUTOFF_MINUTES;
  let dispatchDate = sameDay ? date : addBusinessDays(date, 1);
  if (input.readyOn !== null && input.readyOn > dispatchDate)
    dispatchDate = nextBusinessDayOnOrAfter(input.readyOn);
  const transit = TRANSIT_BUSINESS_DAYS[input.method];
  return {
    dispatchDate,
    earliestDelivery: addBusinessDays(dispatchDate, transit.min),
    latestDelivery: addBusinessDays(dispatchDate, transit.max),
  };
}

export type DesiredDateProblem =
  | 'not_a_date'
  | 'not_a_business_day'
  | 'before_earliest'
  | 'too_far_ahead';

/** A desired delivery date must be a business day no earlier than the earliest possible. */
export function checkDesiredDeliveryDate(
  desired: string,
  earliest: IsoDate,
): DesiredDateProblem | null {
  if (!isIsoDate(desired)) return 'not_a_date';
  if (desired < earliest) return 'before_earliest';
  if (desired > addDays(earliest, MAX_DESIRED_DATE_DAYS_AHEAD))
    return 'too_far_ahead';
  if (!isBusinessDay(desired)) return 'not_a_business_day';
  return null;
}
