import type { MigrationInterface, QueryRunner } from 'typeorm';

const LINE_COLUMNS = `
        product_id uuid NOT NULL REFERENCES products(id),
        sku text NOT NULL,
        name text NOT NULL,
        quantity integer NOT NULL CHECK (quantity > 0),
        list_price_ore bigint NOT NULL CHECK (list_price_ore >= 0),
        tier_unit_price_ore bigint NOT NULL CHECK (tier_unit_price_ore >= 0),
        discount_percent numeric(5,2) CHECK (discount_percent >= 0 AND discount_percent < 100),
        position integer NOT NULL`;

/**
 * Project lists and the 24-hour quote desk (PRODUCT.md §5–6). A quote keeps its own copy of
 * the list (`quote_lines`), the consultant's working draft (`quote_draft_lines`) and every
 * published revision frozen (`quote_revisions` + `quote_revision_lines`), so neither editing
 * the list nor the next draft can change what the customer was offered.
 */
export class ProjectListsAndQuotes1763820000000 implements MigrationInterface {
  name = 'ProjectListsAndQuotes1763820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE project_lists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        created_by_user_id uuid REFERENCES users(id),
        name text NOT NULL,
        project_reference text,
        description text
      )`);
    await db.query(`CREATE INDEX project_lists_company_idx ON project_lists (company_id, updated_at DESC)`);
    await db.query(`
      CREATE TABLE project_list_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        list_id uuid NOT NULL REFERENCES project_lists(id) ON DELETE CASCADE,
        product_id uuid NOT NULL REFERENCES products(id),
        quantity integer NOT NULL CHECK (quantity > 0),
        note text,
        CONSTRAINT project_list_items_one_per_product UNIQUE (list_id, product_id)
      )`);
    await db.query(`CREATE SEQUENCE quote_number_seq`);
    await db.query(`
      CREATE TABLE quotes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        number bigint NOT NULL UNIQUE DEFAULT nextval('quote_number_seq'),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        project_list_id uuid REFERENCES project_lists(id) ON DELETE SET NULL,
        project_list_name text NOT NULL,
        requested_by_user_id uuid NOT NULL REFERENCES users(id),
        message text,
        status text NOT NULL CHECK (status IN ('requested', 'in_progress', 'answered',
          'revision_requested', 'accepted', 'declined', 'expired', 'cancelled')),
        requested_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        claimed_by_user_id uuid REFERENCES users(id),
        claimed_at timestamptz,
        current_revision integer NOT NULL DEFAULT 0,
        -- Kept with the quote so the queue reads one row per quote (no per-row sub-selects).
        line_count integer NOT NULL DEFAULT 0,
        current_total_ore bigint,
        valid_until timestamptz,
        draft_valid_until timestamptz,
        draft_message text,
        accepted_revision integer,
        accepted_by_user_id uuid REFERENCES users(id),
        accepted_at timestamptz,
        closed_at timestamptz,
        CONSTRAINT quotes_accepted_has_revision CHECK ((status = 'accepted') = (accepted_revision IS NOT NULL))
      )`);
    // The consultant queue: open quotes by due time, the rest of the table never touched.
    await db.query(`
      CREATE INDEX quotes_open_by_due_idx ON quotes (due_at, id)
      WHERE status IN ('requested', 'in_progress', 'revision_requested')`);
    await db.query(`CREATE INDEX quotes_status_due_idx ON quotes (status, due_at)`);
    await db.query(`CREATE INDEX quotes_company_idx ON quotes (company_id, requested_at DESC)`);
    // The expiry sweep: answered quotes by validity.
    await db.query(`CREATE INDEX quotes_answered_validity_idx ON quotes (valid_until) WHERE status = 'answered'`);
    await db.query(`
      CREATE TABLE quote_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        quote_id uuid NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        ${LINE_COLUMNS},
        unit_price_ore bigint NOT NULL CHECK (unit_price_ore >= 0),
        UNIQUE (quote_id, product_id)
      )`);
    await db.query(`
      CREATE TABLE quote_draft_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        quote_id uuid NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        ${LINE_COLUMNS},
        unit_price_ore bigint CHECK (unit_price_ore >= 0),
        UNIQUE (quote_id, product_id),
        CONSTRAINT quote_draft_lines_price_or_discount CHECK (unit_price_ore IS NULL OR discount_percent IS NULL)
      )`);
    await db.query(`
      CREATE TABLE quote_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        quote_id uuid NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        published_at timestamptz NOT NULL,
        published_by_user_id uuid NOT NULL REFERENCES users(id),
        valid_until timestamptz NOT NULL,
        message text,
        -- The request this revision answers: when its clock started and when it was due.
        cycle_started_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        total_ore bigint NOT NULL CHECK (total_ore >= 0),
        UNIQUE (quote_id, number)
      )`);
    await db.query(`CREATE INDEX quote_revisions_published_idx ON quote_revisions (published_at)`);
    await db.query(`
      CREATE TABLE quote_revision_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        revision_id uuid NOT NULL REFERENCES quote_revisions(id) ON DELETE CASCADE,
        ${LINE_COLUMNS},
        unit_price_ore bigint NOT NULL CHECK (unit_price_ore >= 0),
        line_total_ore bigint NOT NULL CHECK (line_total_ore >= 0),
        UNIQUE (revision_id, product_id)
      )`);
    await db.query(`
      CREATE TABLE quote_comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        quote_id uuid NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        author_user_id uuid NOT NULL REFERENCES users(id),
        author_side text NOT NULL CHECK (author_side IN ('customer', 'consultant')),
        body text NOT NULL CHECK (length(body) > 0)
      )`);
    await db.query(`CREATE INDEX quote_comments_quote_idx ON quote_comments (quote_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'quote_comments',
      'quote_revision_lines',
      'quote_revisions',
      'quote_draft_lines',
      'quote_lines',
      'quotes',
      'project_list_items',
      'project_lists',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP SEQUENCE quote_number_seq`);
  }
}
