import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After-sales (issue 13, PRODUCT.md §14): cancellations of order lines, returns with their RMA
 * series and lines, warranty claims and damage reports with their two series and photos, refunds
 * of credited returns and claims, and replacement shipments. Quantities that must never run over
 * are counters on the order line with CHECKs, so the database refuses an over-return even under a
 * race the order lock would miss.
 */
export class AfterSales1797000000001 implements MigrationInterface {
  name = 'AfterSales1797000000001';

  async up(db: QueryRunner): Promise<void> {
    // The built-in roles that may order may also cancel, return and claim (issue 13).
    await db.query(`
      UPDATE roles SET permissions = array_append(permissions, 'afterSales.request')
      WHERE built_in_key IN ('admin', 'buyer', 'purchaser') AND NOT ('afterSales.request' = ANY (permissions))`);

    // Units in a return that is not refused: never more than were shipped (a return needs the whole
    // order delivered, so shipped is delivered then). Refused lines give their units back.
    await db.query(`
      ALTER TABLE order_lines
        ADD COLUMN returned_quantity integer NOT NULL DEFAULT 0 CHECK (returned_quantity >= 0),
        ADD CONSTRAINT order_lines_not_over_returned CHECK (returned_quantity <= shipped_quantity)`);

    await db.query(`
      CREATE TABLE cancellations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        order_id uuid NOT NULL REFERENCES orders(id),
        order_line_id uuid NOT NULL REFERENCES order_lines(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        status text NOT NULL CHECK (status IN ('cancelled', 'requested', 'accepted', 'refused')),
        reason text,
        requested_by_user_id uuid NOT NULL REFERENCES users(id),
        decided_at timestamptz,
        decided_by_user_id uuid REFERENCES users(id),
        refusal_reason text,
        -- The service case a refused request joins.
        case_id uuid REFERENCES cases(id),
        CONSTRAINT cancellations_refusal_has_reason CHECK ((status = 'refused') = (refusal_reason IS NOT NULL)),
        CONSTRAINT cancellations_decided CHECK ((status IN ('accepted', 'refused')) = (decided_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX cancellations_order_idx ON cancellations (order_id)`);
    await db.query(`CREATE INDEX cancellations_status_idx ON cancellations (status, created_at)`);

    // The RMA series and the claims' two series: counter rows taken with UPDATE … RETURNING in the
    // transaction that uses the number, like the invoice series — no gaps on a rollback.
    await db.query(`
      CREATE TABLE after_sales_number_series (
        series text PRIMARY KEY CHECK (series IN ('rma', 'warranty', 'damage')),
        next_number bigint NOT NULL CHECK (next_number > 0)
      )`);
    await db.query(
      `INSERT INTO after_sales_number_series (series, next_number) VALUES ('rma', 1), ('warranty', 1), ('damage', 1)`,
    );

    await db.query(`
      CREATE TABLE returns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        rma_number bigint NOT NULL UNIQUE,
        order_id uuid NOT NULL REFERENCES orders(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        status text NOT NULL CHECK (status IN ('requested', 'received', 'inspected', 'credited', 'refused')),
        reason text,
        created_by_user_id uuid NOT NULL REFERENCES users(id),
        received_at timestamptz,
        received_by_user_id uuid REFERENCES users(id),
        inspected_at timestamptz,
        inspected_by_user_id uuid REFERENCES users(id),
        case_id uuid REFERENCES cases(id),
        CONSTRAINT returns_received CHECK ((status = 'requested') = (received_at IS NULL)),
        CONSTRAINT returns_inspected CHECK ((status IN ('requested', 'received')) = (inspected_at IS NULL))
      )`);
    await db.query(`CREATE INDEX returns_company_idx ON returns (company_id, created_at DESC)`);
    await db.query(`CREATE INDEX returns_order_idx ON returns (order_id)`);
    await db.query(`CREATE INDEX returns_status_idx ON returns (status, created_at DESC)`);
    await db.query(`
      CREATE TABLE return_lines (
        return_id uuid NOT NULL REFERENCES returns(id),
        order_line_id uuid NOT NULL REFERENCES order_lines(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price_ore bigint NOT NULL CHECK (unit_price_ore >= 0),
        verdict text CHECK (verdict IN ('accepted', 'refused')),
        refusal_reason text,
        PRIMARY KEY (return_id, order_line_id),
        CONSTRAINT return_lines_refusal_has_reason CHECK ((verdict = 'refused') = (refusal_reason IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX return_lines_order_line_idx ON return_lines (order_line_id)`);
    await db.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('warranty', 'damage')),
        number bigint NOT NULL,
        order_id uuid NOT NULL REFERENCES orders(id),
        order_line_id uuid NOT NULL REFERENCES order_lines(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        description text NOT NULL,
        status text NOT NULL CHECK (status IN ('open', 'replacement_sent', 'repair', 'credited', 'refused')),
        created_by_user_id uuid NOT NULL REFERENCES users(id),
        decision text CHECK (decision IN ('replacement', 'repair', 'credit', 'refuse')),
        decision_reason text,
        decided_at timestamptz,
        decided_by_user_id uuid REFERENCES users(id),
        case_id uuid REFERENCES cases(id),
        UNIQUE (kind, number),
        CONSTRAINT claims_damage_decisions CHECK (kind = 'warranty' OR decision IS NULL OR decision IN ('replacement', 'credit')),
        CONSTRAINT claims_decided CHECK ((status = 'open') = (decision IS NULL) AND (decision IS NULL) = (decided_at IS NULL)),
        CONSTRAINT claims_refusal_has_reason CHECK (decision IS DISTINCT FROM 'refuse' OR decision_reason IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX claims_company_idx ON claims (company_id, created_at DESC)`);
    await db.query(`CREATE INDEX claims_order_idx ON claims (order_id)`);
    await db.query(`CREATE INDEX claims_status_idx ON claims (status, created_at DESC)`);
    // The photos, as the service desk's attachment store answered them (its row is the file's record).
    await db.query(`
      CREATE TABLE claim_photos (
        claim_id uuid NOT NULL REFERENCES claims(id),
        position integer NOT NULL CHECK (position > 0),
        attachment_id uuid NOT NULL REFERENCES attachments(id),
        file_name text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        PRIMARY KEY (claim_id, position)
      )`);

    // A replacement goes out as a shipment flagged with its claim: no invoice (nothing is charged)
    // and no shipment lines, so the order line's shipped and delivered counts — what the order's
    // status and its invoices follow — stay those of the goods sold.
    await db.query(`ALTER TABLE shipments ADD COLUMN replacement_for_claim_id uuid UNIQUE REFERENCES claims(id)`);

    // Money back for a credit note, to the order's payment method (invoice on account: set against
    // the company's invoices, or paid out when already paid). A return's or a claim's credit notes
    // are its refunds' — one per invoice the goods were charged on.
    await db.query(`
      CREATE TABLE refunds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid NOT NULL REFERENCES companies(id),
        order_id uuid NOT NULL REFERENCES orders(id),
        credit_note_id uuid NOT NULL UNIQUE REFERENCES invoices(id),
        amount_ore bigint NOT NULL CHECK (amount_ore >= 0),
        method text NOT NULL,
        return_id uuid REFERENCES returns(id),
        claim_id uuid REFERENCES claims(id),
        CONSTRAINT refunds_for_one CHECK ((return_id IS NULL) <> (claim_id IS NULL))
      )`);
    await db.query(`CREATE INDEX refunds_return_idx ON refunds (return_id) WHERE return_id IS NOT NULL`);
    await db.query(`CREATE INDEX refunds_claim_idx ON refunds (claim_id) WHERE claim_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE refunds`);
    await db.query(`ALTER TABLE shipments DROP COLUMN replacement_for_claim_id`);
    for (const table of [
      'claim_photos',
      'claims',
      'return_lines',
      'returns',
      'after_sales_number_series',
      'cancellations',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(
      `ALTER TABLE order_lines DROP CONSTRAINT order_lines_not_over_returned, DROP COLUMN returned_quantity`,
    );
    await db.query(`UPDATE roles SET permissions = array_remove(permissions, 'afterSales.request')`);
  }
}
