import { osloInstant } from './business-days';
import {
  billableUnits,
  caseStatusAfter,
  caseStatusesAllowing,
  firstAnswerDueAt,
  isCaseOverdue,
  SERVICE_UNIT_MINUTES,
} from './service-terms';

describe('billableUnits', () => {
  it('bills every started 15 minutes of non-covered time', () => {
    expect(billableUnits(0, 'user_error')).toBe(0);
    expect(billableUnits(1, 'user_error')).toBe(1);
    expect(billableUnits(SERVICE_UNIT_MINUTES, 'third_party_fault')).toBe(1);
    expect(billableUnits(16, 'third_party_fault')).toBe(2);
    expect(billableUnits(20, 'user_error')).toBe(2);
    expect(billableUnits(30, 'user_error')).toBe(2);
    expect(billableUnits(31, 'user_error')).toBe(3);
  });

  it('bills nothing the service agreement covers', () => {
    expect(billableUnits(1, 'covered')).toBe(0);
    expect(billableUnits(600, 'covered')).toBe(0);
  });

  it('refuses minutes that are not a whole, non-negative number', () => {
    expect(() => billableUnits(-1, 'user_error')).toThrow(RangeError);
    expect(() => billableUnits(1.5, 'user_error')).toThrow(RangeError);
  });
});

describe('firstAnswerDueAt (one business day of 08:00–16:00 Europe/Oslo)', () => {
  const oslo = (date: string, time: string) => {
    const [h, m] = time.split(':').map(Number);
    return osloInstant(date, h * 60 + m);
  };
  const due = (date: string, time: string) => firstAnswerDueAt(oslo(date, time)).toISOString();

  it('is the same time on the next business day when opened during the hours', () => {
    // Tuesday 1 December 2026, 10:15 → Wednesday 10:15 (CET, +1).
    expect(due('2026-12-01', '10:15')).toBe('2026-12-02T09:15:00.000Z');
    // Friday 15:30 → Monday 15:30.
    expect(due('2026-11-27', '15:30')).toBe(oslo('2026-11-30', '15:30').toISOString());
  });

  it('keeps the seconds past the minute', () => {
    const opened = new Date(oslo('2026-12-01', '10:15').getTime() + 42_500);
    expect(firstAnswerDueAt(opened).toISOString()).toBe('2026-12-02T09:15:42.500Z');
  });

  it('runs a whole desk day from the next opening when opened outside the hours', () => {
    // 17:00 on a Tuesday → Wednesday 16:00; exactly 16:00 is after the hours too.
    expect(due('2026-12-01', '17:00')).toBe(oslo('2026-12-02', '16:00').toISOString());
    expect(due('2026-12-01', '16:00')).toBe(oslo('2026-12-02', '16:00').toISOString());
    // 07:59 on a business day → 16:00 that day; 08:00 sharp is inside: 08:00 the next day.
    expect(due('2026-12-01', '07:59')).toBe(oslo('2026-12-01', '16:00').toISOString());
    expect(due('2026-12-01', '08:00')).toBe(oslo('2026-12-02', '08:00').toISOString());
    // Saturday and Sunday → Monday 16:00; Friday evening too.
    expect(due('2026-12-05', '11:00')).toBe(oslo('2026-12-07', '16:00').toISOString());
    expect(due('2026-12-04', '20:00')).toBe(oslo('2026-12-07', '16:00').toISOString());
  });

  it('skips the Easter holidays (2026: Maundy Thursday 2 April to Easter Monday 6 April)', () => {
    expect(due('2026-04-01', '10:00')).toBe(oslo('2026-04-07', '10:00').toISOString());
    expect(due('2026-04-02', '10:00')).toBe(oslo('2026-04-07', '16:00').toISOString());
    expect(due('2026-04-01', '16:30')).toBe(oslo('2026-04-07', '16:00').toISOString());
    // 17 May on a Monday (2027) and Christmas: 24 December is a business day, 25–26 are not.
    expect(due('2027-05-14', '12:00')).toBe(oslo('2027-05-18', '12:00').toISOString());
    expect(due('2026-12-24', '09:00')).toBe(oslo('2026-12-28', '09:00').toISOString());
  });

  it('keeps Oslo wall-clock time across both DST changes', () => {
    // Spring forward on Sunday 29 March 2026: Friday 15:30 CET (14:30Z) → Monday 15:30 CEST (13:30Z).
    expect(oslo('2026-03-27', '15:30').toISOString()).toBe('2026-03-27T14:30:00.000Z');
    expect(due('2026-03-27', '15:30')).toBe('2026-03-30T13:30:00.000Z');
    // Fall back on Sunday 25 October 2026: Friday 15:30 CEST (13:30Z) → Monday 15:30 CET (14:30Z).
    expect(due('2026-10-23', '15:30')).toBe('2026-10-26T14:30:00.000Z');
    // Saturday before the spring change → Monday 16:00 CEST.
    expect(due('2026-03-28', '12:00')).toBe('2026-03-30T14:00:00.000Z');
  });
});

describe('case statuses', () => {
  it('moves open → waiting_for_customer ⇄ open → resolved → closed', () => {
    expect(caseStatusAfter('open', 'staffReplyAwaitingCustomer')).toBe('waiting_for_customer');
    expect(caseStatusAfter('waiting_for_customer', 'customerMessage')).toBe('open');
    expect(caseStatusAfter('open', 'resolve')).toBe('resolved');
    expect(caseStatusAfter('resolved', 'close')).toBe('closed');
  });

  it('reopens a resolved case on a customer message, never a closed one', () => {
    expect(caseStatusAfter('resolved', 'customerMessage')).toBe('open');
    expect(caseStatusAfter('closed', 'customerMessage')).toBeNull();
  });

  it('refuses staff replies on resolved or closed cases and closing an unresolved one', () => {
    expect(caseStatusAfter('closed', 'staffReply')).toBeNull();
    expect(caseStatusAfter('resolved', 'staffReply')).toBeNull();
    expect(caseStatusAfter('open', 'close')).toBeNull();
    expect(caseStatusesAllowing('resolve')).toEqual(['open', 'waiting_for_customer']);
  });

  it('is overdue only while unanswered, active and past due', () => {
    const dueAt = new Date('2026-12-02T09:00:00Z');
    const after = new Date('2026-12-02T09:00:01Z');
    expect(isCaseOverdue('open', dueAt, null, after)).toBe(true);
    expect(isCaseOverdue('open', dueAt, null, dueAt)).toBe(false);
    expect(isCaseOverdue('open', dueAt, new Date('2026-12-02T10:00:00Z'), after)).toBe(false);
    expect(isCaseOverdue('resolved', dueAt, null, after)).toBe(false);
  });
});
