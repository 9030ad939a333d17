import type { MigrationInterface, QueryRunner } from 'typeorm';

const CATEGORIES = `'order_change', 'cancellation', 'return', 'warranty', 'damage', 'invoice_question',
  'technical_support', 'account', 'other'`;

/**
 * The customer service desk (PRODUCT.md §15, issue 13): cases with their own number series and a
 * thread of messages, stored attachments (the bytes live in the file store, the rows here), the
 * links that let returns, claims and refused cancellations join a case, the consultant's time,
 * the service price, and service invoices — an invoice for a case rather than an order.
 */
export class ServiceDesk1797000000000 implements MigrationInterface {
  name = 'ServiceDesk1797000000000';

  async up(db: QueryRunner): Promise<void> {
    // A case number is no accounting document: a sequence's gap on a rollback harms nothing, and
    // two customers opening cases at once never wait for each other on a counter row.
    await db.query(`CREATE SEQUENCE case_number_seq START 1`);
    await db.query(`
      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        number bigint NOT NULL UNIQUE DEFAULT nextval('case_number_seq'),
        company_id uuid NOT NULL REFERENCES companies(id),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'waiting_for_customer', 'resolved', 'closed')),
        order_id uuid REFERENCES orders(id),
        order_line_id uuid REFERENCES order_lines(id),
        invoice_id uuid REFERENCES invoices(id),
        opened_by_user_id uuid NOT NULL REFERENCES users(id),
        opened_at timestamptz NOT NULL DEFAULT now(),
        -- The deadline stays after the answer, so the metrics can tell answered in time from late.
        first_answer_due_at timestamptz NOT NULL,
        first_answered_at timestamptz,
        assignee_user_id uuid REFERENCES users(id),
        last_message_at timestamptz NOT NULL DEFAULT now(),
        awaiting_staff boolean NOT NULL DEFAULT true,
        message_count integer NOT NULL DEFAULT 0 CHECK (message_count >= 0),
        classification text CHECK (classification IN ('covered', 'third_party_fault', 'user_error')),
        billed_units integer NOT NULL DEFAULT 0 CHECK (billed_units >= 0),
        resolved_at timestamptz,
        closed_at timestamptz,
        CONSTRAINT cases_line_has_order CHECK (order_line_id IS NULL OR order_id IS NOT NULL),
        CONSTRAINT cases_classified_support CHECK (classification IS NULL OR category = 'technical_support')
      )`);
    // The staff queue reads only the cases still being worked, in due order (unanswered first, by
    // their deadline; then answered ones by their last message): a partial index in exactly that
    // order, so a page of the queue is the first entries of an index however many closed cases
    // pile up; the id and the columns the queue filters and counts by ride along, so the desk's
    // counts, a filter's total and a filtered page's ids are index-only scans of the active cases.
    await db.query(`
      CREATE INDEX cases_queue_idx ON cases ((first_answered_at IS NOT NULL), first_answer_due_at, last_message_at DESC)
      INCLUDE (id, status, first_answered_at, assignee_user_id, category)
      WHERE status IN ('open', 'waiting_for_customer')`);
    await db.query(`CREATE INDEX cases_company_idx ON cases (company_id, last_message_at DESC)`);
    // A return or claim joins the company's open case of the same order and category.
    await db.query(`
      CREATE INDEX cases_open_by_order_idx ON cases (order_id, category)
      WHERE order_id IS NOT NULL AND status IN ('open', 'waiting_for_customer')`);
    await db.query(`CREATE INDEX cases_answered_idx ON cases (first_answered_at) WHERE first_answered_at IS NOT NULL`);
    await db.query(`
      CREATE TABLE case_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        case_id uuid NOT NULL REFERENCES cases(id),
        author_user_id uuid NOT NULL REFERENCES users(id),
        staff boolean NOT NULL,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000)
      )`);
    await db.query(`CREATE INDEX case_messages_case_idx ON case_messages (case_id, created_at)`);
    // One row per stored file, whoever it belongs to (a case message, a claim's photos): the company
    // scopes who may download it, the key finds the bytes, the hash lets support spot a re-upload.
    await db.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid NOT NULL REFERENCES companies(id),
        uploaded_by_user_id uuid NOT NULL REFERENCES users(id),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL UNIQUE
      )`);
    await db.query(`CREATE INDEX attachments_company_idx ON attachments (company_id)`);
    await db.query(`
      CREATE TABLE message_attachments (
        message_id uuid NOT NULL REFERENCES case_messages(id),
        attachment_id uuid NOT NULL UNIQUE REFERENCES attachments(id),
        position integer NOT NULL CHECK (position > 0),
        PRIMARY KEY (message_id, position)
      )`);
    // A return, claim or cancellation joins one case; the number is kept as it was shown (RMA-…).
    await db.query(`
      CREATE TABLE case_links (
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('return', 'warranty', 'damage', 'cancellation')),
        linked_id uuid NOT NULL,
        number text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, linked_id)
      )`);
    await db.query(`CREATE INDEX case_links_case_idx ON case_links (case_id, created_at)`);
    await db.query(`
      CREATE TABLE time_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        case_id uuid NOT NULL REFERENCES cases(id),
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        note text CHECK (length(note) <= 1000),
        logged_by_user_id uuid NOT NULL REFERENCES users(id)
      )`);
    await db.query(`CREATE INDEX time_entries_case_idx ON time_entries (case_id, created_at)`);
    await db.query(`
      CREATE TABLE service_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        unit_price_ore bigint NOT NULL CHECK (unit_price_ore BETWEEN 0 AND 100000000)
      )`);
    // kr 250 per started 15 minutes excl. VAT (kr 1 000 an hour) until the shop admin sets its own.
    await db.query(`INSERT INTO service_settings (unit_price_ore) VALUES (25000)`);
    // A service invoice is for a case, not an order (and has no shipment): exactly one of the two.
    await db.query(`
      ALTER TABLE invoices
        ALTER COLUMN order_id DROP NOT NULL,
        ADD COLUMN case_id uuid REFERENCES cases(id),
        ADD CONSTRAINT invoices_order_or_case CHECK ((order_id IS NULL) <> (case_id IS NULL)),
        DROP CONSTRAINT invoices_invoice_has_shipment,
        ADD CONSTRAINT invoices_invoice_has_shipment CHECK (kind = 'credit_note' OR shipment_id IS NOT NULL OR case_id IS NOT NULL)`);
    await db.query(`CREATE INDEX invoices_case_idx ON invoices (case_id) WHERE case_id IS NOT NULL`);
    await db.query(`
      ALTER TABLE invoice_lines
        DROP CONSTRAINT invoice_lines_charge_check,
        ADD CONSTRAINT invoice_lines_charge_check CHECK (charge IN ('shipping', 'bulky_surcharge', 'service'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE invoice_lines
        DROP CONSTRAINT invoice_lines_charge_check,
        ADD CONSTRAINT invoice_lines_charge_check CHECK (charge IN ('shipping', 'bulky_surcharge'))`);
    await db.query(`
      ALTER TABLE invoices
        DROP CONSTRAINT invoices_invoice_has_shipment,
        ADD CONSTRAINT invoices_invoice_has_shipment CHECK (kind = 'credit_note' OR shipment_id IS NOT NULL),
        DROP CONSTRAINT invoices_order_or_case,
        DROP COLUMN case_id,
        ALTER COLUMN order_id SET NOT NULL`);
    for (const table of [
      'service_settings',
      'time_entries',
      'case_links',
      'message_attachments',
      'attachments',
      'case_messages',
      'cases',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP SEQUENCE case_number_seq`);
  }
}
