import {
  CUSTOMERS,
  DELIVERED_ORDER,
  type MatrixRows,
  ofCompany,
  ORDERERS,
  OTHER_COMPANY,
  OWN_COMPANY,
  STAFF,
} from '../support/matrix';
import type { TestApp } from '../support/test-app';

const READERS = [...CUSTOMERS, ...STAFF];
/** No such line: the other company's order is refused (404) before any line is looked at. */
const NO_LINE = '00000000-0000-4000-8000-000000000000';
/** A line of company $1's oldest order. */
const LINE_OF_COMPANY = `SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id
  WHERE o.company_id = $1 ORDER BY o.created_at, o.id, l.position LIMIT 1`;
/** A decided cancellation or a received return: the bodiless staff moves on it answer 409 and change nothing. */
const DECIDED_CANCELLATION = ofCompany('cancellations', `status <> 'requested'`);
const RECEIVED_RETURN = ofCompany('returns', `status <> 'requested'`);

/** The after-sales routes' rows of the authorization matrix. */
export const AFTER_SALES_MATRIX: MatrixRows = {
  rows: {
    'GET /api/orders/:id/after-sales': { allow: READERS, objects: { id: ofCompany('orders') } },
    'POST /api/orders/:id/lines/:lineId/cancel-request': {
      allow: ORDERERS,
      objects: { id: ofCompany('orders'), lineId: LINE_OF_COMPANY },
      body: { quantity: 1 },
    },
    'POST /api/orders/:id/returns': {
      allow: ORDERERS,
      objects: { id: DELIVERED_ORDER },
      body: { lines: [{ orderLineId: NO_LINE, quantity: 1 }] },
    },
    'GET /api/returns': { allow: READERS },
    'GET /api/returns/:id': { allow: READERS, objects: { id: ofCompany('returns') } },
    'GET /api/returns/:id/label.pdf': { allow: READERS, objects: { id: ofCompany('returns') } },
    'POST /api/warranty-claims': { allow: ORDERERS },
    'POST /api/damage-reports': { allow: ORDERERS },
    'GET /api/claims': { allow: READERS },
    'GET /api/claims/:id': { allow: READERS, objects: { id: ofCompany('claims') } },
    'GET /api/staff/cancellations': { allow: STAFF },
    'POST /api/staff/cancellations/:id/accept': { allow: STAFF, objects: { id: DECIDED_CANCELLATION } },
    'POST /api/staff/cancellations/:id/refuse': { allow: STAFF, objects: { id: DECIDED_CANCELLATION } },
    'GET /api/staff/returns': { allow: STAFF },
    'GET /api/staff/returns/:id': { allow: STAFF, objects: { id: ofCompany('returns') } },
    'POST /api/staff/returns/:id/receive': { allow: STAFF, objects: { id: RECEIVED_RETURN } },
    'POST /api/staff/returns/:id/inspect': { allow: STAFF, objects: { id: RECEIVED_RETURN } },
    'GET /api/staff/claims': { allow: STAFF },
    'GET /api/staff/claims/:id': { allow: STAFF, objects: { id: ofCompany('claims') } },
    'POST /api/staff/claims/:id/decide': { allow: STAFF, objects: { id: ofCompany('claims') } },
  },
  arrange: arrangeAfterSales,
};

/**
 * In each company, on its delivered order: a return (received, so the bodiless staff move is a
 * 409), a warranty claim, and a decided cancellation row — made through the API where a customer
 * would, the cancellation by SQL since a delivered order has nothing left to cancel.
 */
async function arrangeAfterSales(t: TestApp): Promise<void> {
  const consultant = await t.http.tokenFor('consultant@lumen.test');
  for (const [company, email] of [
    [OWN_COMPANY, 'buyer@nordlys.test'],
    [OTHER_COMPANY, 'admin@fjordbygg.test'],
  ]) {
    const [line] = await t.sql<{ order_id: string; line_id: string; company_id: string; user_id: string }>(
      `SELECT o.id AS order_id, l.id AS line_id, o.company_id, u.id AS user_id
       FROM orders o JOIN companies c ON c.id = o.company_id JOIN order_lines l ON l.order_id = o.id
       JOIN users u ON u.email = $2
       WHERE c.name = $1 AND o.status = 'delivered'
         AND (SELECT max(s.delivered_at) FROM shipments s WHERE s.order_id = o.id) > now() - interval '40 days'
       ORDER BY o.created_at DESC, l.position LIMIT 1`,
      [company, email],
    );
    if (!line) throw new Error(`matrix fixture: ${company} has no delivered order within the return window`);
    const token = await t.http.tokenFor(email);
    const made = await t.http.post(
      `/orders/${line.order_id}/returns`,
      { lines: [{ orderLineId: line.line_id, quantity: 1 }] },
      { token },
    );
    if (made.status !== 201)
      throw new Error(`matrix fixture: return answered ${made.status} ${made.text.slice(0, 200)}`);
    const received = await t.http.post(`/staff/returns/${made.body.id}/receive`, undefined, { token: consultant });
    if (received.status !== 200) throw new Error(`matrix fixture: receive answered ${received.status}`);
    const claim = await t.http.post(
      '/warranty-claims',
      { orderId: line.order_id, orderLineId: line.line_id, quantity: 1, description: 'Flickers after a week' },
      { token },
    );
    if (claim.status !== 201)
      throw new Error(`matrix fixture: claim answered ${claim.status} ${claim.text.slice(0, 200)}`);
    await t.sql(
      `INSERT INTO cancellations (order_id, order_line_id, company_id, quantity, status, requested_by_user_id, created_at)
       VALUES ($1, $2, $3, 1, 'cancelled', $4, '2000-01-01')`,
      [line.order_id, line.line_id, line.company_id, line.user_id],
    );
  }
}
