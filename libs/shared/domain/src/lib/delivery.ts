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
const TRANSIT_BUSINESS_DAYS: Record<
  ShippingMethod,
  { min: number; max: number }
> = {
  standard: { min: 3, max: 5 },
  express: { min: 1, max: 2 },
};

/** Orders placed before 15:00 Norwegian time with everything in stock leave the same day. */
const SAME_DAY_DISPATCH_CUTOFF_MINUTES = 15 * 60;

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

/**
 * Our estimate, in business days from today, of when goods that are not in stock reach our
 * warehouse, by stock state (a confirmed supplier date is used as it stands).
 */
const RESTOCK_ESTIMATE_BUSINESS_DAYS: Readonly<Record<string, number>> = {
  remote_warehouse: 2,
  shipped_from_supplier: 3,
  supplier_date_unconfirmed: 10,
  order_from_supplier: 15,
  unconfirmed: 15,
};
const UNKNOWN_STOCK_ESTIMATE_BUSINESS_DAYS = 15;

export interface StockOfLine {
  stockStatus: string;
  /** The supplier's confirmed date, for `supplier_date_confirmed`. */
  stockDate: string | null;
}

/**
 * When the goods for the (first) shipment are ready: null when they are in stock now. A
 * complete delivery waits for the last line; a partial delivery ships with the first.
 */
export function goodsReadyOn(
  lines: readonly StockOfLine[],
  today: IsoDate,
  partialDelivery: boolean,
): IsoDate | null {
  const readyDates = lines.map((line): IsoDate | null => {
    if (line.stockStatus === 'in_stock') return null;
    if (line.stockStatus === 'supplier_date_confirmed' && line.stockDate)
      return line.stockDate > today ? line.stockDate : null;
    return addBusinessDays(
      today,
      RESTOCK_ESTIMATE_BUSINESS_DAYS[line.stockStatus] ??
        UNKNOWN_STOCK_ESTIMATE_BUSINESS_DAYS,
    );
  });
  if (readyDates.length === 0) return null;
  if (partialDelivery)
    return readyDates.some((date) => date === null)
      ? null
      : [...(readyDates as IsoDate[])].sort()[0];
  if (readyDates.every((date) => date === null)) return null;
  return readyDates.filter((date): date is IsoDate => date !== null).sort().at(-1) ?? null;
}
