import { DAY_MS } from './business-days';
import { isAwaitingConsultant, type QuoteStatus, quoteStatusesAllowing } from './quote-state';

/** The shop's promise: every request (and every requested revision) is answered within 24 h. */
const QUOTE_ANSWER_WINDOW_MS = 24 * 60 * 60 * 1000;

/** An offer is valid this many days unless the consultant sets another date (PRODUCT.md §6). */
const DEFAULT_QUOTE_VALIDITY_DAYS = 30;

/** `dueAt = requestedAt + 24 h`; a customer comment on an answered quote restarts it from the comment. */
export function quoteDueAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + QUOTE_ANSWER_WINDOW_MS);
}

/** When the 24-hour clock that ends at `dueAt` started: the request, or the comment that asked for a revision. */
export function quoteCycleStartedAt(dueAt: Date): Date {
  return new Date(dueAt.getTime() - QUOTE_ANSWER_WINDOW_MS);
}

/** Milliseconds until the consultant's answer is due; negative once overdue. */
export function quoteTimeLeftMs(dueAt: Date, now: Date): number {
  return dueAt.getTime() - now.getTime();
}

/** Overdue: still waiting for the consultant and past its due time. An answered quote is never overdue. */
export function isQuoteOverdue(status: QuoteStatus, dueAt: Date, now: Date): boolean {
  return isAwaitingConsultant(status) && now.getTime() > dueAt.getTime();
}

/** The default validity of an offer published at `publishedAt`: end of the 30th day after, UTC. */
export function defaultQuoteValidUntil(publishedAt: Date): Date {
  const day = Date.UTC(
    publishedAt.getUTCFullYear(),
    publishedAt.getUTCMonth(),
    publishedAt.getUTCDate() + DEFAULT_QUOTE_VALIDITY_DAYS,
  );
  return new Date(day + DAY_MS - 1);
}

/** An offer is acceptable up to and including its `validUntil` instant. */
export function isOfferValid(validUntil: Date, now: Date): boolean {
  return now.getTime() <= validUntil.getTime();
}

/** An answered quote whose offer has passed its validity is expired, whoever looks first. */
export function shouldExpire(status: QuoteStatus, validUntil: Date | null, now: Date): boolean {
  return quoteStatusesAllowing('expire').includes(status) && validUntil !== null && !isOfferValid(validUntil, now);
}
