import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Companies, users, roles, sessions, one-time tokens, failed logins (for throttling),
 * the e-mail outbox and the audit log.
 */
export class Accounts1763790000000 implements MigrationInterface {
  name = 'Accounts1763790000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        name text NOT NULL,
        organisation_number char(9) NOT NULL UNIQUE,
        customer_type text NOT NULL CHECK (customer_type IN ('business', 'non_vat_registered')),
        status text NOT NULL CHECK (status IN ('active', 'pending_verification', 'deletion_requested', 'deleted')),
        tier text NOT NULL DEFAULT 'silver' CHECK (tier IN ('silver', 'gold', 'platinum')),
        contact_email text,
        phone text NOT NULL,
        verified_at timestamptz,
        deletion_requested_at timestamptz,
        erased_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE addresses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('billing', 'delivery')),
        label text,
        line1 text NOT NULL,
        line2 text,
        postal_code text NOT NULL,
        city text NOT NULL,
        country char(2) NOT NULL,
        is_default boolean NOT NULL DEFAULT false,
        deleted_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX addresses_company_idx ON addresses (company_id)`,
    );
    await db.query(
      `CREATE UNIQUE INDEX addresses_one_billing ON addresses (company_id) WHERE kind = 'billing' AND deleted_at IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX addresses_one_default_delivery ON addresses (company_id)
       WHERE kind = 'delivery' AND is_default AND deleted_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid REFERENCES companies(id),
        staff_role text CHECK (staff_role IN ('consultant', 'shop_admin')),
        email text NOT NULL,
        name text NOT NULL,
        phone text,
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        erased_at timestamptz,
        CONSTRAINT users_customer_or_staff CHECK ((company_id IS NULL) <> (staff_role IS NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX users_email_key ON users (lower(email))`,
    );
    await db.query(`CREATE INDEX users_company_idx ON users (company_id)`);
    await db.query(`
      CREATE TABLE roles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        company_id uuid REFERENCES companies(id) ON DELETE CASCADE,
        built_in_key text CHECK (built_in_key IN ('admin', 'buyer', 'purchaser', 'viewer')),
        name text NOT NULL,
        permissions text[] NOT NULL DEFAULT '{}',
        CONSTRAINT roles_built_in_are_global CHECK ((built_in_key IS NULL) <> (company_id IS NULL))
      )`);
    await db.query(
      `CREATE UNIQUE INDEX roles_built_in_key ON roles (built_in_key) WHERE company_id IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX roles_company_name ON roles (company_id, lower(name)) WHERE company_id IS NOT NULL`,
    );
    await db.query(`
      INSERT INTO roles (built_in_key, name, permissions) VALUES
        ('admin', 'Admin', '{company.manage,users.manage,projectLists.manage,quotes.request,quotes.accept,quickOrder.use,orders.place}'),
        ('buyer', 'Buyer', '{projectLists.manage,quotes.request,quotes.accept,quickOrder.use,orders.place}'),
        ('purchaser', 'Purchaser', '{quickOrder.use,orders.place}'),
        ('viewer', 'Viewer', '{}')`);
    await db.query(`
      CREATE TABLE user_roles (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role_id uuid NOT NULL REFERENCES roles(id),
        PRIMARY KEY (user_id, role_id)
      )`);
    await db.query(`CREATE INDEX user_roles_role_idx ON user_roles (role_id)`);
    await db.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        revoked_at timestamptz,
        revoke_reason text,
        user_agent text,
        ip text
      )`);
    await db.query(
      `CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`,
    );
    await db.query(`
      CREATE TABLE user_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('password_reset', 'invitation')),
        token_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX user_tokens_user_idx ON user_tokens (user_id, purpose)`,
    );
    await db.query(`
      CREATE TABLE login_attempts (
        id bigserial PRIMARY KEY,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        email text NOT NULL,
        ip text NOT NULL
      )`);
    await db.query(
      `CREATE INDEX login_attempts_email_idx ON login_attempts (email, attempted_at)`,
    );
    await db.query(
      `CREATE INDEX login_attempts_ip_idx ON login_attempts (ip, attempted_at)`,
    );
    await db.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX outbox_pending_idx ON outbox_messages (available_at) WHERE sent_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid REFERENCES users(id),
        company_id uuid REFERENCES companies(id),
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid,
        before jsonb,
        after jsonb,
        reason text
      )`);
    await db.query(
      `CREATE INDEX audit_log_company_idx ON audit_log (company_id, created_at DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'outbox_messages',
      'login_attempts',
      'user_tokens',
      'refresh_tokens',
      'auth_sessions',
      'user_roles',
      'roles',
      'users',
      'addresses',
      'companies',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
