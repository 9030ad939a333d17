import { CUSTOMERS, type MatrixRows, ofCompany, ORDERERS, STAFF } from '../support/matrix';
import type { TestApp } from '../support/test-app';

/** A decided approval: approving or rejecting it answers 409 for everyone past the policy, and changes nothing. */
const DECIDED_APPROVAL = ofCompany('order_approvals', `status = 'rejected'`);

/** The purchasing-controls routes' rows of the authorization matrix. */
export const PURCHASING_MATRIX: MatrixRows = {
  rows: {
    // Every user reads the company's controls; purchasing.manage (the admin) changes them.
    'GET /api/company/approval-rules': { allow: CUSTOMERS },
    'POST /api/company/approval-rules': { allow: ['companyAdmin'] },
    'PATCH /api/company/approval-rules/:id': {
      allow: ['companyAdmin'],
      objects: { id: ofCompany('approval_rules') },
      body: { name: 'Matrix' },
    },
    // Runs for real on the company's newest rule; the arrangement made two.
    'DELETE /api/company/approval-rules/:id': {
      allow: ['companyAdmin'],
      objects: {
        id: `SELECT id FROM approval_rules WHERE company_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      },
    },
    'GET /api/company/budgets': { allow: CUSTOMERS },
    'POST /api/company/budgets': { allow: ['companyAdmin'] },
    'PATCH /api/company/budgets/:id': {
      allow: ['companyAdmin'],
      objects: { id: ofCompany('budgets') },
      body: { amountOre: 100 },
    },
    // Every customer may open the approvals; whether they may decide is the order's rules' business.
    'GET /api/approvals': { allow: CUSTOMERS },
    'GET /api/approvals/:id': { allow: CUSTOMERS, objects: { id: ofCompany('order_approvals') } },
    'POST /api/approvals/:id/approve': { allow: CUSTOMERS, objects: { id: DECIDED_APPROVAL } },
    'POST /api/approvals/:id/reject': {
      allow: CUSTOMERS,
      objects: { id: DECIDED_APPROVAL },
      body: { reason: 'Matrix' },
    },
    'GET /api/orders/:id/approval': { allow: [...CUSTOMERS, ...STAFF], objects: { id: ofCompany('orders') } },
    'GET /api/cart/purchasing-check': { allow: ORDERERS },
  },
  arrange: async (t: TestApp) => {
    // In each company: two rules, an inactive budget (so no checkout of the matrix is held), and a
    // rejected approval of one of its orders.
    await t.sql(
      `INSERT INTO approval_rules (company_id, name, approver_role_id)
       SELECT c.id, n.name, (SELECT id FROM roles WHERE built_in_key = 'admin')
       FROM companies c CROSS JOIN (VALUES ('Matrix A'), ('Matrix B')) AS n(name)`,
    );
    await t.sql(
      `INSERT INTO budgets (company_id, period, amount_ore, over_budget, active)
       SELECT id, 'month', 100000, 'refuse', false FROM companies`,
    );
    await t.sql(
      `INSERT INTO order_approvals (company_id, order_id, status, hold_until, decided_by_user_id, decided_at, rejection_reason)
       SELECT DISTINCT ON (o.company_id) o.company_id, o.id, 'rejected', now(), o.placed_by_user_id, now(), 'Matrix'
       FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_approvals a WHERE a.order_id = o.id)
       ORDER BY o.company_id, o.placed_at`,
    );
  },
};
