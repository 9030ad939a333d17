/**
 * The quote's life (PRODUCT.md §6), as one table of who may move a quote from where to where.
 *
 *   requested ──claim──▶ in_progress ──publish──▶ answered ──accept──▶ accepted
 *       │                    │                    │  ▲  │
 *       └──────cancel────────┴──▶ cancelled        │  │  ├──decline──▶ declined
 *                                                  │  │  └──expire───▶ expired
 *                 customer comment ─▶ revision_requested ──decline──▶ declined
 *                                      (publish ▲ / claim ▶ in_progress)
 *
 * Decisions where the spec is silent, written down so the code and the people agree:
 * - `cancel` is the customer withdrawing a request nobody has answered yet: only from
 *   requested or in_progress. Once an offer exists the customer declines it instead.
 * - `decline` is allowed from answered and from revision_requested: a customer waiting for
 *   a revision may still give up.
 * - `accept` only from answered, and only while the offer is valid: the customer accepts
 *   the offer in hand, never one that is being revised.
 * - `expire` only from answered: validity belongs to an offer the customer holds. While a
 *   revision is requested the ball is with the consultant, whose next publish sets a new
 *   validity; expiring then would punish the customer for our delay.
 * - `claim` picks up a new request (requested) or a requested revision (revision_requested);
 *   both become in_progress. A consultant may also publish a revision without claiming it.
 * - A customer comment moves only an answered quote (to revision_requested, restarting the
 *   24-hour clock); on other open quotes it is just a message. Closed quotes take no comments.
 */
export const QUOTE_STATUSES = [
  'requested',
  'in_progress',
  'answered',
  'revision_requested',
  'accepted',
  'declined',
  'expired',
  'cancelled',
] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

/** Waiting for the consultant: these sit in the queue and run against the 24-hour clock. */
export const AWAITING_CONSULTANT_STATUSES = [
  'requested',
  'in_progress',
  'revision_requested',
] as const satisfies readonly QuoteStatus[];

/** Nothing moves a closed quote any more; it is kept for reading. */
const CLOSED_QUOTE_STATUSES = [
  'accepted',
  'declined',
  'expired',
  'cancelled',
] as const satisfies readonly QuoteStatus[];

export type QuoteActor = 'customer' | 'consultant' | 'system';

export const QUOTE_EVENTS = ['claim', 'publish', 'customer_comment', 'accept', 'decline', 'cancel', 'expire'] as const;
export type QuoteEvent = (typeof QUOTE_EVENTS)[number];

interface TransitionRule {
  actor: QuoteActor;
  /** Where the event may start. */
  from: readonly QuoteStatus[];
  /** Where it leads, from any of those: every event has exactly one destination. */
  to: QuoteStatus;
}

const TRANSITIONS: Readonly<Record<QuoteEvent, TransitionRule>> = {
  claim: { actor: 'consultant', from: ['requested', 'revision_requested'], to: 'in_progress' },
  publish: { actor: 'consultant', from: ['in_progress', 'revision_requested'], to: 'answered' },
  customer_comment: { actor: 'customer', from: ['answered'], to: 'revision_requested' },
  accept: { actor: 'customer', from: ['answered'], to: 'accepted' },
  decline: { actor: 'customer', from: ['answered', 'revision_requested'], to: 'declined' },
  cancel: { actor: 'customer', from: ['requested', 'in_progress'], to: 'cancelled' },
  expire: { actor: 'system', from: ['answered'], to: 'expired' },
};

export type QuoteTransitionResult =
  | { ok: true; to: QuoteStatus }
  | { ok: false; code: 'quote_transition_not_allowed' | 'quote_actor_not_allowed'; message: string };

/** Where `event` by `actor` takes a quote in `from`, or why it may not. Pure; no clock. */
export function quoteTransition(from: QuoteStatus, event: QuoteEvent, actor: QuoteActor): QuoteTransitionResult {
  const rule = TRANSITIONS[event];
  if (rule.actor !== actor)
    return {
      ok: false,
      code: 'quote_actor_not_allowed',
      message: `Only the ${rule.actor} may ${event.replace('_', ' ')} a quote`,
    };
  if (!rule.from.includes(from))
    return {
      ok: false,
      code: 'quote_transition_not_allowed',
      message: `A quote that is ${from.replace('_', ' ')} cannot be ${pastTense(event)}`,
    };
  return { ok: true, to: rule.to };
}

/** The states an event may start from: the SQL guard of a conditional update uses exactly these. */
export function quoteStatusesAllowing(event: QuoteEvent): readonly QuoteStatus[] {
  return TRANSITIONS[event].from;
}

/** Where an event leads: what a conditional update that performs it sets. */
export function quoteStatusAfter(event: QuoteEvent): QuoteStatus {
  return TRANSITIONS[event].to;
}

export function isQuoteClosed(status: QuoteStatus): boolean {
  return (CLOSED_QUOTE_STATUSES as readonly QuoteStatus[]).includes(status);
}

export function isAwaitingConsultant(status: QuoteStatus): boolean {
  return (AWAITING_CONSULTANT_STATUSES as readonly QuoteStatus[]).includes(status);
}

function pastTense(event: QuoteEvent): string {
  const words: Record<QuoteEvent, string> = {
    claim: 'claimed',
    publish: 'published',
    customer_comment: 'sent back for revision',
    accept: 'accepted',
    decline: 'declined',
    cancel: 'cancelled',
    expire: 'expired',
  };
  return words[event];
}
