import {
  applicableRules,
  approvalHoldUntil,
  budgetVerdict,
  budgetWindow,
  remainingOre,
  ruleApplies,
} from './purchasing-rules';

const PURCHASER = 'role-purchaser';
const BUYER = 'role-buyer';

describe('ruleApplies', () => {
  const above20k = { appliesToRoleIds: [PURCHASER], aboveNetOre: 2_000_000 };

  it('applies to an orderer holding one of its roles, above its amount only', () => {
    expect(ruleApplies(above20k, { ordererRoleIds: [PURCHASER], netOre: 2_000_001 })).toBe(true);
    // Exactly the amount is not above it.
    expect(ruleApplies(above20k, { ordererRoleIds: [PURCHASER], netOre: 2_000_000 })).toBe(false);
    expect(ruleApplies(above20k, { ordererRoleIds: [BUYER], netOre: 9_000_000 })).toBe(false);
    expect(ruleApplies(above20k, { ordererRoleIds: [BUYER, PURCHASER], netOre: 9_000_000 })).toBe(true);
  });

  it('applies to everyone without roles, and to every order without an amount', () => {
    expect(ruleApplies({ appliesToRoleIds: [], aboveNetOre: 100 }, { ordererRoleIds: [], netOre: 101 })).toBe(true);
    expect(ruleApplies({ appliesToRoleIds: [BUYER], aboveNetOre: null }, { ordererRoleIds: [BUYER], netOre: 1 })).toBe(
      true,
    );
  });

  it('answers every rule an order meets, each one for its own approval', () => {
    const rules = [
      { id: 'a', appliesToRoleIds: [], aboveNetOre: null },
      { id: 'b', ...above20k },
      { id: 'c', appliesToRoleIds: [BUYER], aboveNetOre: null },
    ];
    expect(applicableRules(rules, { ordererRoleIds: [PURCHASER], netOre: 3_000_000 }).map((r) => r.id)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('budgetWindow (Europe/Oslo)', () => {
  it('puts an order just after Oslo midnight on the 1st in the new month, though it is still the 31st in UTC', () => {
    // 00:30 on 1 April in Oslo (CEST) is 22:30 UTC on 31 March.
    const window = budgetWindow('month', new Date('2026-03-31T22:30:00Z'));
    expect(window.firstDay).toBe('2026-04-01');
    expect(window.lastDay).toBe('2026-04-30');
    expect(window.from.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    expect(window.until.toISOString()).toBe('2026-04-30T22:00:00.000Z');
  });

  it('spans the spring-forward night: March begins at +01:00 and ends at +02:00', () => {
    const march = budgetWindow('month', new Date('2026-03-29T12:00:00Z'));
    expect(march.from.toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(march.until.toISOString()).toBe('2026-03-31T22:00:00.000Z');
    // 23:59 Oslo on 31 March is still March.
    expect(budgetWindow('month', new Date('2026-03-31T21:59:00Z')).firstDay).toBe('2026-03-01');
  });

  it('spans the autumn night: the fourth quarter starts at +02:00 and the year ends at +01:00', () => {
    const q4 = budgetWindow('quarter', new Date('2026-10-25T01:30:00Z'));
    expect([q4.firstDay, q4.lastDay]).toEqual(['2026-10-01', '2026-12-31']);
    expect(q4.from.toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(q4.until.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  it('cuts quarters at 1 January, April, July and October in Oslo', () => {
    expect(budgetWindow('quarter', new Date('2026-06-30T21:59:59Z')).firstDay).toBe('2026-04-01');
    expect(budgetWindow('quarter', new Date('2026-06-30T22:00:00Z')).firstDay).toBe('2026-07-01');
    expect(budgetWindow('quarter', new Date('2026-02-15T12:00:00Z')).lastDay).toBe('2026-03-31');
  });

  it('turns the year at Oslo midnight on New Year, an hour before UTC', () => {
    const late = budgetWindow('year', new Date('2026-12-31T23:30:00Z'));
    expect([late.firstDay, late.lastDay]).toEqual(['2027-01-01', '2027-12-31']);
    expect(budgetWindow('month', new Date('2026-12-31T23:30:00Z')).firstDay).toBe('2027-01-01');
    expect(budgetWindow('year', new Date('2026-12-31T22:59:00Z')).firstDay).toBe('2026-01-01');
  });
});

describe('budgets', () => {
  const budget = { amountOre: 5_000_000, spentOre: 4_000_000 };

  it('answers what is left, below zero when already over', () => {
    expect(remainingOre(budget)).toBe(1_000_000);
    expect(remainingOre({ amountOre: 100, spentOre: 250 })).toBe(-150);
  });

  it('lets an order use the last øre, and sends one øre more to the budget’s action', () => {
    expect(budgetVerdict(budget, 1_000_000, 'refuse')).toBe('fits');
    expect(budgetVerdict(budget, 1_000_001, 'refuse')).toBe('refused');
    expect(budgetVerdict(budget, 1_000_001, 'needs_approval')).toBe('needs_approval');
  });
});

describe('approvalHoldUntil', () => {
  it('holds the prices the setting’s days from the placing, and refuses a hold of no days', () => {
    expect(approvalHoldUntil(new Date('2026-12-01T10:00:00Z'), 7).toISOString()).toBe('2026-12-08T10:00:00.000Z');
    expect(() => approvalHoldUntil(new Date(), 0)).toThrow(RangeError);
  });
});
