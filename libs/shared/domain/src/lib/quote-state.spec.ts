import {
  QUOTE_EVENTS,
  QUOTE_STATUSES,
  type QuoteActor,
  type QuoteEvent,
  type QuoteStatus,
  isAwaitingConsultant,
  isQuoteClosed,
  quoteStatusAfter,
  quoteStatusesAllowing,
  quoteTransition,
} from './quote-state';

/** The whole legal graph, written out by hand from PRODUCT.md §6 and the decisions in quote-state.ts. */
const LEGAL: ReadonlyArray<[QuoteStatus, QuoteEvent, QuoteActor, QuoteStatus]> = [
  ['requested', 'claim', 'consultant', 'in_progress'],
  ['revision_requested', 'claim', 'consultant', 'in_progress'],
  ['in_progress', 'publish', 'consultant', 'answered'],
  ['revision_requested', 'publish', 'consultant', 'answered'],
  ['answered', 'customer_comment', 'customer', 'revision_requested'],
  ['answered', 'accept', 'customer', 'accepted'],
  ['answered', 'decline', 'customer', 'declined'],
  ['revision_requested', 'decline', 'customer', 'declined'],
  ['requested', 'cancel', 'customer', 'cancelled'],
  ['in_progress', 'cancel', 'customer', 'cancelled'],
  ['answered', 'expire', 'system', 'expired'],
];

const ACTOR_OF: Record<QuoteEvent, QuoteActor> = {
  claim: 'consultant',
  publish: 'consultant',
  customer_comment: 'customer',
  accept: 'customer',
  decline: 'customer',
  cancel: 'customer',
  expire: 'system',
};

describe('quote state machine', () => {
  it.each(LEGAL)('%s --%s by %s--> %s', (from, event, actor, to) => {
    expect(quoteTransition(from, event, actor)).toEqual({ ok: true, to });
  });

  const illegal = QUOTE_STATUSES.flatMap((from) =>
    QUOTE_EVENTS.filter((event) => !LEGAL.some(([f, e]) => f === from && e === event)).map(
      (event) => [from, event] as const,
    ),
  );

  it('has exactly 56 - 11 = 45 illegal (state, event) pairs', () => {
    expect(illegal).toHaveLength(QUOTE_STATUSES.length * QUOTE_EVENTS.length - LEGAL.length);
  });

  it.each(illegal)('refuses %s --%s--> with quote_transition_not_allowed', (from, event) => {
    const result = quoteTransition(from, event, ACTOR_OF[event]);
    expect(result).toMatchObject({ ok: false, code: 'quote_transition_not_allowed' });
  });

  it.each(LEGAL)('refuses %s --%s when the wrong actor tries it', (from, event, actor) => {
    for (const other of ['customer', 'consultant', 'system'] as const) {
      if (other === actor) continue;
      expect(quoteTransition(from, event, other)).toMatchObject({
        ok: false,
        code: 'quote_actor_not_allowed',
      });
    }
  });

  it('never leaves a closed state', () => {
    for (const from of ['accepted', 'declined', 'expired', 'cancelled'] as const) {
      expect(isQuoteClosed(from)).toBe(true);
      for (const event of QUOTE_EVENTS) expect(quoteTransition(from, event, ACTOR_OF[event]).ok).toBe(false);
    }
  });

  it('names the start states of each event for the SQL guard', () => {
    expect(quoteStatusesAllowing('accept')).toEqual(['answered']);
    expect([...quoteStatusesAllowing('cancel')].sort()).toEqual(['in_progress', 'requested']);
    expect(quoteStatusesAllowing('expire')).toEqual(['answered']);
  });

  it.each(LEGAL)('names where %s --%s leads for the SQL update (%s → %s)', (_from, event, _actor, to) => {
    expect(quoteStatusAfter(event)).toBe(to);
  });

  it('counts requested, in progress and revision requested as waiting for the consultant', () => {
    expect(QUOTE_STATUSES.filter(isAwaitingConsultant)).toEqual(['requested', 'in_progress', 'revision_requested']);
  });

  it('explains a refusal in words', () => {
    expect(quoteTransition('answered', 'cancel', 'customer')).toMatchObject({
      message: 'A quote that is answered cannot be cancelled',
    });
  });
});
