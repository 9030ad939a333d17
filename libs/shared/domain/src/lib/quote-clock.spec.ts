import {
  defaultQuoteValidUntil,
  isOfferValid,
  isQuoteOverdue,
  quoteCycleStartedAt,
  quoteDueAt,
  quoteTimeLeftMs,
  shouldExpire,
} from './quote-clock';

const at = (iso: string) => new Date(iso);

describe('quote clock', () => {
  it('makes a request due 24 hours after it was made, across a DST change in Oslo', () => {
    expect(quoteDueAt(at('2026-11-22T09:15:00Z')).toISOString()).toBe('2026-11-23T09:15:00.000Z');
    expect(quoteDueAt(at('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T12:00:00.000Z');
  });

  it('starts the clock of a due time 24 hours before it: the inverse of the due time', () => {
    expect(quoteCycleStartedAt(at('2026-11-23T09:15:00Z')).toISOString()).toBe('2026-11-22T09:15:00.000Z');
    const requestedAt = at('2026-03-28T12:34:56.789Z');
    expect(quoteCycleStartedAt(quoteDueAt(requestedAt))).toEqual(requestedAt);
  });

  it('counts time left down to zero and below', () => {
    const due = at('2026-11-23T09:15:00Z');
    expect(quoteTimeLeftMs(due, at('2026-11-23T08:15:00Z'))).toBe(3_600_000);
    expect(quoteTimeLeftMs(due, at('2026-11-23T09:15:00Z'))).toBe(0);
    expect(quoteTimeLeftMs(due, at('2026-11-23T09:16:00Z'))).toBe(-60_000);
  });

  it('flags a quote overdue only while it waits for the consultant and past its due time', () => {
    const due = at('2026-11-23T09:15:00Z');
    const late = at('2026-11-23T09:15:00.001Z');
    expect(isQuoteOverdue('requested', due, late)).toBe(true);
    expect(isQuoteOverdue('in_progress', due, late)).toBe(true);
    expect(isQuoteOverdue('revision_requested', due, late)).toBe(true);
    expect(isQuoteOverdue('requested', due, due)).toBe(false);
    for (const status of ['answered', 'accepted', 'declined', 'expired', 'cancelled'] as const)
      expect(isQuoteOverdue(status, due, late)).toBe(false);
  });

  it('makes an offer valid to the end of the 30th day after publishing (UTC)', () => {
    expect(defaultQuoteValidUntil(at('2026-11-22T23:30:00Z')).toISOString()).toBe('2026-12-22T23:59:59.999Z');
  });

  it('accepts an offer up to and including its validity instant', () => {
    const until = at('2026-12-22T23:59:59.999Z');
    expect(isOfferValid(until, until)).toBe(true);
    expect(isOfferValid(until, at('2026-12-23T00:00:00Z'))).toBe(false);
  });

  it('expires only answered quotes past validity', () => {
    const until = at('2026-12-22T23:59:59.999Z');
    const after = at('2026-12-23T00:00:00Z');
    expect(shouldExpire('answered', until, after)).toBe(true);
    expect(shouldExpire('answered', until, until)).toBe(false);
    expect(shouldExpire('revision_requested', until, after)).toBe(false);
    expect(shouldExpire('accepted', until, after)).toBe(false);
    expect(shouldExpire('answered', null, after)).toBe(false);
  });
});
