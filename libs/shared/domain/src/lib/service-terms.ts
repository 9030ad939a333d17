import { addBusinessDays, isBusinessDay, osloDateTime, osloInstant } from './business-days';

/**
 * The service desk's rules (PRODUCT.md §15): a case's statuses and what moves it, when its first
 * answer is due, and the service terms that bill a technical-support case's time. They live here
 * because the rules do; the contracts re-export the lists.
 */

/** open → waiting_for_customer ⇄ open → resolved → closed (a customer message reopens a resolved case). */
export const CASE_STATUSES = ['open', 'waiting_for_customer', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** The statuses the staff queue works: the case still needs the shop or the customer. */
export const ACTIVE_CASE_STATUSES = ['open', 'waiting_for_customer'] as const satisfies readonly CaseStatus[];

/** What happens to a case: each event names the one status it leads to from each status it is allowed in. */
const CASE_TRANSITIONS = {
  customerMessage: { open: 'open', waiting_for_customer: 'open', resolved: 'open' },
  staffReply: { open: 'open', waiting_for_customer: 'open' },
  staffReplyAwaitingCustomer: { open: 'waiting_for_customer', waiting_for_customer: 'waiting_for_customer' },
  resolve: { open: 'resolved', waiting_for_customer: 'resolved' },
  close: { resolved: 'closed' },
} as const satisfies Record<string, Partial<Record<CaseStatus, CaseStatus>>>;
export type CaseEvent = keyof typeof CASE_TRANSITIONS;

/** The status after `event`, or null when the event is not allowed in `status`. */
export function caseStatusAfter(status: CaseStatus, event: CaseEvent): CaseStatus | null {
  const transitions: Partial<Record<CaseStatus, CaseStatus>> = CASE_TRANSITIONS[event];
  return transitions[status] ?? null;
}

/** The statuses `event` is allowed in (for a conditional UPDATE's WHERE). */
export function caseStatusesAllowing(event: CaseEvent): CaseStatus[] {
  return Object.keys(CASE_TRANSITIONS[event]) as CaseStatus[];
}

/** The service terms' classification of a technical-support case. */
export const SERVICE_CLASSIFICATIONS = ['covered', 'third_party_fault', 'user_error'] as const;
export type ServiceClassification = (typeof SERVICE_CLASSIFICATIONS)[number];

/** Support time is billed in started units of this many minutes. */
export const SERVICE_UNIT_MINUTES = 15;

/**
 * Billable units for a case's logged minutes: every started 15 minutes is one unit (1 → 1,
 * 15 → 1, 16 → 2, 0 → 0), nothing when the service agreement covers the fault. Counted over the
 * case's total time, so splitting the work into many short entries never bills more.
 */
export function billableUnits(minutes: number, classification: ServiceClassification): number {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`Not a number of minutes: ${minutes}`);
  if (classification === 'covered') return 0;
  return Math.ceil(minutes / SERVICE_UNIT_MINUTES);
}

/** The desk's hours, Europe/Oslo, on business days: 08:00–16:00. */
const DESK_OPENS_MINUTE = 8 * 60;
const DESK_CLOSES_MINUTE = 16 * 60;
const MINUTE_MS = 60_000;

/**
 * When the first answer to a case opened at `openedAt` is due: one business day of the desk's
 * hours (8 hours within 08:00–16:00 Oslo time, weekends and Norwegian public holidays skipped).
 * Opened during the hours: the same time on the next business day (Friday 15:30 → Monday 15:30).
 * Opened before 08:00 on a business day: 16:00 that day. Opened after 16:00 or on a day off: 16:00
 * on the next business day. Oslo wall-clock time throughout, so DST shifts nothing.
 */
export function firstAnswerDueAt(openedAt: Date): Date {
  const { date, minutesOfDay } = osloDateTime(openedAt);
  if (isBusinessDay(date) && minutesOfDay >= DESK_OPENS_MINUTE && minutesOfDay < DESK_CLOSES_MINUTE) {
    // Eight desk hours from inside the hours end at the same clock time a business day later; the
    // seconds past the minute carry over, so the answer gets the whole day.
    const due = osloInstant(addBusinessDays(date, 1), minutesOfDay);
    return new Date(due.getTime() + (openedAt.getTime() % MINUTE_MS));
  }
  // Outside the hours the clock starts at the next opening and runs a whole desk day.
  const starts = isBusinessDay(date) && minutesOfDay < DESK_OPENS_MINUTE ? date : addBusinessDays(date, 1);
  return osloInstant(starts, DESK_CLOSES_MINUTE);
}

/** A case is overdue while it is active and its first answer is missing past its due time. */
export function isCaseOverdue(
  status: CaseStatus,
  dueAt: Date,
  firstAnsweredAt: Date | null,
  now: Date,
): boolean {
  const active: readonly CaseStatus[] = ACTIVE_CASE_STATUSES;
  return active.includes(status) && firstAnsweredAt === null && now.getTime() > dueAt.getTime();
}

/** A case's number as shown and printed (its own series): `C-000123`. */
export function caseNumber(number: string | number): string {
  return `C-${String(number).padStart(6, '0')}`;
}
