import { addDays, type IsoDate, osloDateTime } from './business-days';

/**
 * The after-sales windows (PRODUCT.md §14), all counted from the delivery in Europe/Oslo:
 *
 * - a return: within 50 days of the delivery of the whole order — the last day is the Oslo date
 *   of the last shipment's delivery + 50, open until that day ends in Oslo;
 * - a warranty claim: 12 months from the line's delivery — the last day is the same day of the
 *   month a year later; delivered on 29 February, the last day is 28 February (the year after has
 *   no 29th, and a window never runs past the month it ends in);
 * - a damage report: 48 hours from the delivery, an instant — elapsed hours, not wall-clock
 *   ones, so across a DST change the Oslo clock reads an hour more or less at the close.
 *
 * Past a window the refusal names the day it closed (`closedOn`): the last open day of a date
 * window, or the Oslo date of the instant the damage window closed.
 */
const RETURN_WINDOW_DAYS = 50;
const WARRANTY_MONTHS = 12;
const DAMAGE_WINDOW_HOURS = 48;

const HOUR_MS = 3_600_000;

export type WindowCheck = { open: true } | { open: false; closedOn: IsoDate };

/** The last Oslo date a return of an order delivered (whole) at `deliveredAt` may be made. */
export function returnOpenUntil(deliveredAt: Date): IsoDate {
  return addDays(osloDateTime(deliveredAt).date, RETURN_WINDOW_DAYS);
}

/** `date` plus whole months, the day clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastOfMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastOfMonth));
  return first.toISOString().slice(0, 10);
}

/** The last Oslo date a warranty claim on a line delivered at `deliveredAt` may be filed. */
export function warrantyOpenUntil(deliveredAt: Date): IsoDate {
  return addMonths(osloDateTime(deliveredAt).date, WARRANTY_MONTHS);
}

/** The instant the damage window of a delivery at `deliveredAt` closes (it is open before it). */
export function damageReportOpenUntil(deliveredAt: Date): Date {
  return new Date(deliveredAt.getTime() + DAMAGE_WINDOW_HOURS * HOUR_MS);
}

/** A date window whose last (Oslo) day is `lastDay`, at the instant `now`. */
export function dateWindow(lastDay: IsoDate, now: Date): WindowCheck {
  return osloDateTime(now).date <= lastDay ? { open: true } : { open: false, closedOn: lastDay };
}

export const returnWindow = (deliveredAt: Date, now: Date): WindowCheck =>
  dateWindow(returnOpenUntil(deliveredAt), now);

export const warrantyWindow = (deliveredAt: Date, now: Date): WindowCheck =>
  dateWindow(warrantyOpenUntil(deliveredAt), now);

export function damageWindow(deliveredAt: Date, now: Date): WindowCheck {
  const closesAt = damageReportOpenUntil(deliveredAt);
  return now.getTime() < closesAt.getTime() ? { open: true } : { open: false, closedOn: osloDateTime(closesAt).date };
}
