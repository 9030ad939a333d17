import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After checkout (PRODUCT.md §13): the desk's steps on the order, shipments of chosen lines,
 * one invoice per shipment from one gap-free number series, credit notes, payments, the one
 * reminder per overdue invoice, and the fulfilment settings (carrier tracking links, reminder
 * delay). Delivery addresses get a recipient for the freight forwarder's call, users a language
 * for their e-mails.
 */
export class Fulfilment1796160000000 implements MigrationInterface {
  name = 'Fulfilment1796160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE addresses ADD COLUMN recipient_name text, ADD COLUMN recipient_phone text`);
    // The language of a user's e-mails and documents; the portal's choice is stored per user.
    await db.query(
      `ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'nb' CHECK (language IN ('nb', 'en'))`,
    );
    await db.query(`
      ALTER TABLE orders
        ADD COLUMN confirmed_at timestamptz,
        ADD COLUMN preparation_started_at timestamptz,
        ADD COLUMN delivery_access text CHECK (delivery_access IN ('street_level', 'lift', 'carrying_help')),
        ADD COLUMN access_note text,
        ADD CONSTRAINT orders_access_note_has_access CHECK (access_note IS NULL OR delivery_access IS NOT NULL)`);
    // Shipped and cancelled quantities are kept on the line so that the database itself refuses
    // over-shipping: the CHECK is the last word under any race the order lock would miss.
    await db.query(`
      ALTER TABLE order_lines
        ADD COLUMN cancelled_quantity integer NOT NULL DEFAULT 0 CHECK (cancelled_quantity >= 0),
        ADD COLUMN shipped_quantity integer NOT NULL DEFAULT 0 CHECK (shipped_quantity >= 0),
        ADD CONSTRAINT order_lines_not_over_shipped CHECK (shipped_quantity + cancelled_quantity <= quantity)`);
    await db.query(`
      CREATE TABLE shipments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        order_id uuid NOT NULL REFERENCES orders(id),
        number integer NOT NULL CHECK (number > 0),
        carrier text NOT NULL CHECK (carrier IN ('bring', 'postnord', 'dhl', 'db_schenker')),
        tracking_number text NOT NULL,
        shipped_at timestamptz NOT NULL,
        delivered_at timestamptz,
        shipped_by_user_id uuid REFERENCES users(id),
        UNIQUE (order_id, number)
      )`);
    await db.query(`
      CREATE TABLE shipment_lines (
        shipment_id uuid NOT NULL REFERENCES shipments(id),
        order_line_id uuid NOT NULL REFERENCES order_lines(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (shipment_id, order_line_id)
      )`);
    await db.query(`CREATE INDEX shipment_lines_order_line_idx ON shipment_lines (order_line_id)`);
    // One series for invoices and credit notes, a counter row taken with UPDATE … RETURNING in the
    // transaction that issues the document: a sequence would leave a gap on every rollback.
    await db.query(`
      CREATE TABLE invoice_number_series (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        next_number bigint NOT NULL CHECK (next_number > 0)
      )`);
    await db.query(`INSERT INTO invoice_number_series (next_number) VALUES (260001)`);
    await db.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
        number bigint NOT NULL UNIQUE,
        order_id uuid NOT NULL REFERENCES orders(id),
        company_id uuid NOT NULL REFERENCES companies(id),
        shipment_id uuid UNIQUE REFERENCES shipments(id),
        credited_invoice_id uuid REFERENCES invoices(id),
        issue_date date NOT NULL,
        due_date date NOT NULL,
        kid text NOT NULL UNIQUE,
        purchase_order_reference text,
        note text,
        buyer jsonb NOT NULL,
        delivery_address jsonb NOT NULL,
        net_ore bigint NOT NULL CHECK (net_ore >= 0),
        vat_ore bigint NOT NULL CHECK (vat_ore >= 0),
        gross_ore bigint NOT NULL CHECK (gross_ore >= 0),
        CONSTRAINT invoices_credit_note_credits CHECK ((kind = 'credit_note') = (credited_invoice_id IS NOT NULL)),
        CONSTRAINT invoices_invoice_has_shipment CHECK (kind = 'credit_note' OR shipment_id IS NOT NULL),
        CONSTRAINT invoices_due_after_issue CHECK (due_date >= issue_date)
      )`);
    await db.query(`CREATE INDEX invoices_company_idx ON invoices (company_id, issue_date DESC, number DESC)`);
    await db.query(`CREATE INDEX invoices_order_idx ON invoices (order_id)`);
    await db.query(`CREATE INDEX invoices_credited_idx ON invoices (credited_invoice_id) WHERE credited_invoice_id IS NOT NULL`);
    await db.query(`
      CREATE TABLE invoice_lines (
        invoice_id uuid NOT NULL REFERENCES invoices(id),
        position integer NOT NULL CHECK (position > 0),
        order_line_id uuid REFERENCES order_lines(id),
        -- Shipping and the bulky surcharge are lines too (on the order's first invoice), named by kind.
        charge text CHECK (charge IN ('shipping', 'bulky_surcharge')),
        sku text,
        description text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        unit_price_ore bigint NOT NULL CHECK (unit_price_ore >= 0),
        line_total_ore bigint NOT NULL CHECK (line_total_ore >= 0),
        PRIMARY KEY (invoice_id, position),
        CONSTRAINT invoice_lines_goods_or_charge CHECK ((charge IS NULL) = (sku IS NOT NULL))
      )`);
    // Invoices are immutable (a correction is a credit note): the database refuses any change.
    await db.query(`
      CREATE FUNCTION refuse_invoice_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'invoices are immutable: issue a credit note instead' USING ERRCODE = 'raise_exception';
      END $$`);
    for (const table of ['invoices', 'invoice_lines'])
      await db.query(
        `CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION refuse_invoice_change()`,
      );
    await db.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        invoice_id uuid NOT NULL REFERENCES invoices(id),
        amount_ore bigint NOT NULL CHECK (amount_ore > 0),
        paid_on date NOT NULL,
        source text NOT NULL CHECK (source IN ('manual', 'bank_file')),
        recorded_by_user_id uuid REFERENCES users(id)
      )`);
    await db.query(`CREATE INDEX payments_invoice_idx ON payments (invoice_id)`);
    // One reminder per invoice, ever: the primary key is what lets two instances race safely.
    await db.query(`
      CREATE TABLE invoice_reminders (
        invoice_id uuid PRIMARY KEY REFERENCES invoices(id),
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE fulfilment_settings (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id),
        tracking_url_templates jsonb NOT NULL,
        reminder_after_days integer NOT NULL CHECK (reminder_after_days BETWEEN 1 AND 365)
      )`);
    await db.query(
      `INSERT INTO fulfilment_settings (tracking_url_templates, reminder_after_days) VALUES ($1::jsonb, 7)`,
      [
        JSON.stringify({
          bring: 'https://tracking.bring.com/tracking/{tracking}',
          postnord: 'https://tracking.postnord.com/no/?id={tracking}',
          dhl: 'https://www.dhl.com/no-en/home/tracking.html?tracking-id={tracking}',
          db_schenker: 'https://www.dbschenker.com/app/tracking-public/?refNumber={tracking}',
        }),
      ],
    );
    // The outbox carries attachments (the invoice PDF), written in the same transaction as the mail.
    await db.query(`
      CREATE TABLE outbox_attachments (
        message_id uuid NOT NULL REFERENCES outbox_messages(id) ON DELETE CASCADE,
        position integer NOT NULL,
        filename text NOT NULL,
        content_type text NOT NULL,
        content bytea NOT NULL,
        PRIMARY KEY (message_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_attachments',
      'fulfilment_settings',
      'invoice_reminders',
      'payments',
      'invoice_lines',
      'invoices',
      'invoice_number_series',
      'shipment_lines',
      'shipments',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION refuse_invoice_change()`);
    await db.query(`
      ALTER TABLE order_lines DROP CONSTRAINT order_lines_not_over_shipped,
        DROP COLUMN shipped_quantity, DROP COLUMN cancelled_quantity`);
    await db.query(`
      ALTER TABLE orders DROP CONSTRAINT orders_access_note_has_access, DROP COLUMN access_note,
        DROP COLUMN delivery_access, DROP COLUMN preparation_started_at, DROP COLUMN confirmed_at`);
    await db.query(`ALTER TABLE users DROP COLUMN language`);
    await db.query(`ALTER TABLE addresses DROP COLUMN recipient_phone, DROP COLUMN recipient_name`);
  }
}
