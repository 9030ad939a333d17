import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES_BEFORE = `'placed', 'confirmed', 'in_preparation', 'partially_shipped', 'shipped', 'delivered', 'cancelled'`;

/**
 * Approval rules, budgets, orders awaiting approval and the approvals of them (issue 16).
 *
 * An order that needs approval is a row of `orders` in status `awaiting_approval` from its
 * checkout on, so it holds its prices, counts against its budgets and shows in the customer's
 * history; `approval_pending` says so beside the status, and a CHECK ties the two, so no writer
 * that knows nothing of approvals (the desk's status recompute) can move such an order on.
 * The order counters of CompanyOrderCounts count by whatever status a row has, so the new status
 * is counted with no change; the desk's partial index of OpenOrderCounts lists the shop's open
 * statuses and rightly leaves it out.
 */
export class PurchasingControls1797000000003 implements MigrationInterface {
  name = 'PurchasingControls1797000000003';

  async up(db: QueryRunner): Promise<void> {
    // The built-in admin role keeps every permission, the new one included.
    await db.query(`
      UPDATE roles SET permissions = array_append(permissions, 'purchasing.manage')
      WHERE built_in_key = 'admin' AND NOT ('purchasing.manage' = ANY (permissions))`);
    await db.query(`
      ALTER TABLE orders
        DROP CONSTRAINT orders_status_check,
        ADD CONSTRAINT orders_status_check CHECK (status IN ('awaiting_approval', ${STATUSES_BEFORE})),
        ADD COLUMN approval_pending boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT orders_awaiting_is_pending CHECK (approval_pending = (status = 'awaiting_approval'))`);
    await db.query(`
      CREATE TABLE purchasing_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        approval_hold_days integer NOT NULL CHECK (approval_hold_days BETWEEN 1 AND 60)
      )`);
    await db.query(`INSERT INTO purchasing_settings (approval_hold_days) VALUES (7)`);
    await db.query(`
      CREATE TABLE approval_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid NOT NULL REFERENCES companies(id),
        name text NOT NULL,
        applies_to_role_ids uuid[] NOT NULL DEFAULT '{}',
        above_net_ore bigint CHECK (above_net_ore >= 0),
        -- A deleted role leaves the rule without it; the rules page shows a rule left with no approvers.
        approver_role_id uuid REFERENCES roles(id) ON DELETE SET NULL,
        approver_user_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX approval_rules_company_idx ON approval_rules (company_id)`);
    await db.query(`
      CREATE TABLE budgets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid NOT NULL REFERENCES companies(id),
        period text NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
        delivery_address_id uuid REFERENCES addresses(id),
        amount_ore bigint NOT NULL CHECK (amount_ore > 0),
        over_budget text NOT NULL CHECK (over_budget IN ('needs_approval', 'refuse')),
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`CREATE INDEX budgets_company_idx ON budgets (company_id) WHERE active`);
    await db.query(`
      CREATE TABLE order_approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid NOT NULL REFERENCES companies(id),
        order_id uuid NOT NULL UNIQUE REFERENCES orders(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'expired')),
        hold_until timestamptz NOT NULL,
        decided_by_user_id uuid REFERENCES users(id),
        decided_at timestamptz,
        rejection_reason text,
        CONSTRAINT order_approvals_decided CHECK ((status = 'pending') = (decided_at IS NULL)),
        CONSTRAINT order_approvals_decider CHECK (status IN ('approved', 'rejected') = (decided_by_user_id IS NOT NULL)),
        CONSTRAINT order_approvals_rejection_has_reason CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX order_approvals_pending_idx ON order_approvals (company_id, hold_until) WHERE status = 'pending'`,
    );
    await db.query(`CREATE INDEX order_approvals_expiry_idx ON order_approvals (hold_until) WHERE status = 'pending'`);
    // One step per rule or budget that held the order; each needs one approval. The approvers are
    // copied from the rule at checkout, so editing a rule later does not move orders already waiting.
    await db.query(`
      CREATE TABLE order_approval_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        approval_id uuid NOT NULL REFERENCES order_approvals(id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL CHECK (kind IN ('rule', 'budget')),
        rule_id uuid REFERENCES approval_rules(id) ON DELETE SET NULL,
        budget_id uuid REFERENCES budgets(id),
        label text NOT NULL,
        approver_role_id uuid REFERENCES roles(id) ON DELETE SET NULL,
        approver_user_ids uuid[] NOT NULL DEFAULT '{}',
        -- A budget's overrun is approved by whoever manages the company's purchasing controls.
        approver_managers boolean NOT NULL DEFAULT false,
        approved_by_user_id uuid REFERENCES users(id),
        approved_at timestamptz,
        UNIQUE (approval_id, position),
        CONSTRAINT order_approval_steps_approved CHECK ((approved_by_user_id IS NULL) = (approved_at IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE order_approval_steps`);
    await db.query(`DROP TABLE order_approvals`);
    await db.query(`DROP TABLE budgets`);
    await db.query(`DROP TABLE approval_rules`);
    await db.query(`DROP TABLE purchasing_settings`);
    // An order still awaiting approval has no place in the older statuses: it was never the shop's.
    await db.query(`DELETE FROM orders WHERE status = 'awaiting_approval'`);
    await db.query(`
      ALTER TABLE orders
        DROP CONSTRAINT orders_awaiting_is_pending,
        DROP COLUMN approval_pending,
        DROP CONSTRAINT orders_status_check,
        ADD CONSTRAINT orders_status_check CHECK (status IN (${STATUSES_BEFORE}))`);
    await db.query(`UPDATE roles SET permissions = array_remove(permissions, 'purchasing.manage')`);
  }
}
