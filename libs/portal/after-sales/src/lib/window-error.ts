import { type ErrorMessage, type Locale, apiErrorOf, describeError } from '@lumen/portal/core';
import { isIsoDate } from '@lumen/shared/domain';
import { formatDay } from './day.pipe';

/**
 * `describeError` with the day a window closed: the API's `return_window_closed`,
 * `warranty_window_closed` and `damage_window_closed` carry `details.closedOn` (an Oslo date,
 * YYYY-MM-DD), and their texts say "closed on {date}" in the reader's format.
 */
export function describeAfterSalesError(error: unknown, locale: Locale): ErrorMessage {
  const message = describeError(error);
  const details = apiErrorOf(error)?.details;
  const closedOn = details && !Array.isArray(details) ? details['closedOn'] : undefined;
  if (typeof closedOn !== 'string' || !isIsoDate(closedOn)) return message;
  return { ...message, params: { date: formatDay(closedOn, locale) } };
}
