import type { CaseDetail } from '@lumen/shared/contracts';
import { caseActions, claimDecisions, decisionRequest, pageCount, returnStep } from './desk-rules';

function caseOf(change: Partial<CaseDetail>): CaseDetail {
  return {
    id: 'c1',
    number: 'C-000001',
    category: 'technical_support',
    subject: 'Router',
    status: 'open',
    company: { id: 'co', name: 'Nordlys' },
    order: null,
    invoice: null,
    openedAt: '2026-12-01T08:00:00Z',
    openedBy: 'Kari',
    firstAnswerDueAt: '2026-12-02T08:00:00Z',
    firstAnsweredAt: null,
    overdue: false,
    assignee: null,
    lastMessageAt: '2026-12-01T08:00:00Z',
    awaitingStaff: true,
    messageCount: 1,
    orderLineId: null,
    messages: [],
    service: { classification: 'user_error', timeEntries: [], totalMinutes: 20, billableUnits: 2, invoice: null },
    linked: [],
    ...change,
  };
}

describe('caseActions', () => {
  it('offers claim to someone else than the assignee, and reply and resolve while the case is worked', () => {
    expect(caseActions(caseOf({}), 'me')).toMatchObject({ claim: true, reply: true, resolve: true });
    expect(caseActions(caseOf({ assignee: { id: 'me', name: 'Me' } }), 'me').claim).toBe(false);
    expect(caseActions(caseOf({ status: 'waiting_for_customer' }), 'me')).toMatchObject({ reply: true, resolve: true });
  });

  it.each(['resolved', 'closed'] as const)('offers no claim, reply or resolve on a %s case', (status) => {
    expect(caseActions(caseOf({ status }), 'me')).toMatchObject({ claim: false, reply: false, resolve: false });
  });

  it('closes only a resolved case', () => {
    expect(
      ['open', 'waiting_for_customer', 'resolved', 'closed'].map(
        (status) => caseActions(caseOf({ status: status as 'open' }), 'me').close,
      ),
    ).toEqual([false, false, true, false]);
  });

  it('bills a classified, not covered case with units, once', () => {
    expect(caseActions(caseOf({}), 'me')).toMatchObject({ service: true, bill: true });
    const billed = caseOf({
      service: {
        classification: 'user_error',
        timeEntries: [],
        totalMinutes: 20,
        billableUnits: 2,
        invoice: { id: 'i', number: 7, grossOre: 1 },
      },
    });
    expect(caseActions(billed, 'me')).toMatchObject({ service: false, bill: false });
  });

  it('bills neither covered nor unclassified time, nor a case with no time', () => {
    const service = { timeEntries: [], totalMinutes: 20, invoice: null };
    expect(
      caseActions(caseOf({ service: { ...service, classification: 'covered', billableUnits: 0 } }), 'me').bill,
    ).toBe(false);
    expect(caseActions(caseOf({ service: { ...service, classification: null, billableUnits: 2 } }), 'me').bill).toBe(
      false,
    );
    expect(
      caseActions(
        caseOf({ service: { ...service, totalMinutes: 0, classification: 'user_error', billableUnits: 0 } }),
        'me',
      ).bill,
    ).toBe(false);
  });

  it('keeps service work to technical support, and lets a resolved case still be billed but not a closed one', () => {
    expect(caseActions(caseOf({ category: 'other', service: undefined }), 'me')).toMatchObject({
      service: false,
      bill: false,
    });
    expect(caseActions(caseOf({ status: 'resolved' }), 'me')).toMatchObject({ service: true, bill: true });
    expect(caseActions(caseOf({ status: 'closed' }), 'me').service).toBe(false);
  });
});

describe('after-sales steps', () => {
  it('receives a requested return, inspects a received one, and does nothing after', () => {
    expect(returnStep('requested')).toBe('receive');
    expect(returnStep('received')).toBe('inspect');
    expect(['inspected', 'credited', 'refused'].map((s) => returnStep(s as 'inspected'))).toEqual([null, null, null]);
  });

  it('offers a damage report only a replacement or a credit', () => {
    expect(claimDecisions('damage')).toEqual(['replacement', 'credit']);
    expect(claimDecisions('warranty')).toEqual(['replacement', 'repair', 'credit', 'refuse']);
  });

  it('sends a replacement with its carrier and tracking number, a refusal only with a reason', () => {
    expect(decisionRequest(null, '', 'bring', '')).toBeNull();
    expect(decisionRequest('replacement', '', 'bring', '  ')).toBeNull();
    expect(decisionRequest('replacement', '', 'bring', ' 123 ')).toEqual({
      decision: 'replacement',
      carrier: 'bring',
      trackingNumber: '123',
    });
    expect(decisionRequest('refuse', ' ', 'bring', '')).toBeNull();
    expect(decisionRequest('refuse', 'Worn out', 'bring', '')).toEqual({ decision: 'refuse', reason: 'Worn out' });
    expect(decisionRequest('credit', '', 'bring', '')).toEqual({ decision: 'credit' });
  });
});

describe('pageCount', () => {
  it('counts started pages, one while empty', () => {
    expect(
      [null, { total: 0, pageSize: 25 }, { total: 25, pageSize: 25 }, { total: 26, pageSize: 25 }].map(pageCount),
    ).toEqual([1, 1, 1, 2]);
  });
});
