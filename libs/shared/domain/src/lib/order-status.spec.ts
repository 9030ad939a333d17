import { deriveOrderStatus, type OrderStatusLine } from './order-status';

const line = (quantity: number, shipped = 0, delivered = 0, cancelled = 0): OrderStatusLine => ({
  quantity,
  cancelledQuantity: cancelled,
  shippedQuantity: shipped,
  deliveredQuantity: delivered,
});
const placed = { confirmedAt: null, preparationStartedAt: null };
const confirmed = { confirmedAt: new Date('2026-12-01T08:00:00Z'), preparationStartedAt: null };
const preparing = { confirmedAt: '2026-12-01T08:00:00Z', preparationStartedAt: '2026-12-01T09:00:00Z' };

describe('deriveOrderStatus', () => {
  it('follows the desk before anything ships: placed, confirmed, in preparation', () => {
    expect(deriveOrderStatus({ ...placed, lines: [line(3)] })).toBe('placed');
    expect(deriveOrderStatus({ ...confirmed, lines: [line(3)] })).toBe('confirmed');
    expect(deriveOrderStatus({ ...preparing, lines: [line(3)] })).toBe('in_preparation');
  });

  it('is partially shipped while some live units have not shipped', () => {
    expect(deriveOrderStatus({ ...preparing, lines: [line(3, 1), line(2)] })).toBe('partially_shipped');
    // A delivered first shipment does not make the order delivered while the rest waits.
    expect(deriveOrderStatus({ ...preparing, lines: [line(3, 3, 3), line(2)] })).toBe('partially_shipped');
  });

  it('is shipped when every live unit is in a shipment, delivered when every one is in a delivered one', () => {
    expect(deriveOrderStatus({ ...preparing, lines: [line(3, 3), line(2, 2)] })).toBe('shipped');
    expect(deriveOrderStatus({ ...preparing, lines: [line(3, 3, 3), line(2, 2)] })).toBe('shipped');
    expect(deriveOrderStatus({ ...preparing, lines: [line(3, 3, 3), line(2, 2, 2)] })).toBe('delivered');
  });

  it('counts cancelled units for nothing', () => {
    // Line 2 fully cancelled, line 1 shipped: the order is shipped, not partially shipped.
    expect(deriveOrderStatus({ ...preparing, lines: [line(3, 3), line(2, 0, 0, 2)] })).toBe('shipped');
    // The unshipped remainder of a line cancelled: shipped, then delivered.
    expect(deriveOrderStatus({ ...preparing, lines: [line(10, 6, 0, 4)] })).toBe('shipped');
    expect(deriveOrderStatus({ ...preparing, lines: [line(10, 6, 6, 4)] })).toBe('delivered');
    // A partly cancelled line that has not shipped keeps the desk's stage.
    expect(deriveOrderStatus({ ...confirmed, lines: [line(10, 0, 0, 4)] })).toBe('confirmed');
  });

  it('is cancelled when every line is fully cancelled, and only then', () => {
    expect(deriveOrderStatus({ ...confirmed, lines: [line(3, 0, 0, 3), line(1, 0, 0, 1)] })).toBe('cancelled');
    expect(deriveOrderStatus({ ...confirmed, lines: [line(3, 0, 0, 3), line(1)] })).toBe('confirmed');
  });

  it('refuses counts that cannot happen, naming the line', () => {
    expect(() => deriveOrderStatus({ ...placed, lines: [] })).toThrow(/at least one line/);
    expect(() => deriveOrderStatus({ ...placed, lines: [line(2), line(3, 0, 0, 4)] })).toThrow(
      /line 2: more cancelled/,
    );
    expect(() => deriveOrderStatus({ ...placed, lines: [line(3, 2, 0, 2)] })).toThrow(/line 1: more shipped/);
    expect(() => deriveOrderStatus({ ...placed, lines: [line(3, 1, 2)] })).toThrow(/line 1: more delivered/);
    expect(() => deriveOrderStatus({ ...placed, lines: [line(1.5)] })).toThrow(/line 1 quantity/);
  });
});

describe('deriveOrderStatus for purchasing approvals', () => {
  it('awaits approval until approved, then follows the desk from placed', () => {
    expect(deriveOrderStatus({ ...placed, awaitingApproval: true, lines: [line(3)] })).toBe('awaiting_approval');
    expect(deriveOrderStatus({ ...placed, awaitingApproval: false, lines: [line(3)] })).toBe('placed');
  });

  it('is cancelled when a rejection cancels every line, approval or not', () => {
    expect(deriveOrderStatus({ ...placed, awaitingApproval: true, lines: [line(3, 0, 0, 3)] })).toBe('cancelled');
  });

  it('refuses an order awaiting approval that the desk has confirmed or shipped', () => {
    expect(() => deriveOrderStatus({ ...confirmed, awaitingApproval: true, lines: [line(3)] })).toThrow(RangeError);
    expect(() => deriveOrderStatus({ ...placed, awaitingApproval: true, lines: [line(3, 1)] })).toThrow(RangeError);
  });
});
