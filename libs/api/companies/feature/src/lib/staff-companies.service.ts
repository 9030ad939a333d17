import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { type AppConfig, APP_CONFIG, AppError, type AuthenticatedUser, escapeLike } from '@lumen/api/core';
import { ERASURE_NOTICE_KIND, mailTo, OutboxService } from '@lumen/api/mail';
import type { CompanyStatus, StaffCompany, StaffCompanyPage } from '@lumen/shared/contracts';
import { osloDateTime } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { companyAdmins, companyName, erasedTexts, verifiedTexts } from './company-mail';
import type { StaffCompanyQueryDto } from './dto/staff.dto';
import { lockCompany } from './tenant';

interface CompanyRow {
  id: string;
  name: string;
  organisation_number: string;
  customer_type: StaffCompany['customerType'];
  status: CompanyStatus;
  tier: StaffCompany['tier'];
  contact_email: string | null;
  phone: string;
  created_at: Date;
  verified_at: Date | null;
  deletion_requested_at: Date | null;
  erased_at: Date | null;
  user_count: number;
  total: number;
}

/** What erasure leaves of a person: nothing that identifies them, but the row others point at. */
const ERASED_NAME = 'Erased user';

/** $1 search text (name part or organisation-number prefix), $2 status, $3 tier; null matches all. */
const MATCHES_QUERY = `($1::text IS NULL OR c.name ILIKE '%' || $1 || '%' OR c.organisation_number LIKE $1 || '%')
         AND ($2::text IS NULL OR c.status = $2)
         AND ($3::text IS NULL OR c.tier = $3)`;

/** Every company, for the shop's staff: search, verification and erasure. */
@Injectable()
export class StaffCompaniesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(query: StaffCompanyQueryDto): Promise<StaffCompanyPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const search = query.q ? escapeLike(query.q) : null;
    const rows: CompanyRow[] = await this.dataSource.query(
      `SELECT c.*, count(*) OVER ()::int AS total,
              (SELECT count(*)::int FROM users u WHERE u.company_id = c.id AND u.erased_at IS NULL) AS user_count
       FROM companies c
       WHERE ${MATCHES_QUERY}
       ORDER BY lower(c.name), c.id
       LIMIT $4 OFFSET $5`,
      [search, query.status ?? null, query.tier ?? null, pageSize, (page - 1) * pageSize],
    );
    const total = rows[0]?.total ?? (page > 1 ? await this.count(search, query) : 0);
    return { items: rows.map(toView), total, page, pageSize };
  }

  /** A `non_vat_registered` company waiting for verification becomes active (and may order). */
  async verify(user: AuthenticatedUser, id: string): Promise<StaffCompany> {
    await this.dataSource.transaction(async (manager) => {
      const company = await lockCompany(manager, id);
      if (company.status !== 'pending_verification')
        throw AppError.conflict('not_pending_verification', 'Only a company waiting for verification can be verified');
      await manager.query(
        `UPDATE companies SET status = 'active', verified_at = now(), updated_at = now() WHERE id = $1`,
        [id],
      );
      await this.audit.record(manager, {
        actorUserId: user.userId,
        companyId: id,
        action: 'company.verified',
        entityType: 'company',
        entityId: id,
        before: { status: company.status },
        after: { status: 'active' },
      });
      const texts = verifiedTexts(
        { companyName: await companyName(manager, id), verifiedOn: osloDateTime(new Date()).date },
        `${this.config.publicUrl}/company`,
      );
      const admins = await companyAdmins(manager, id);
      await this.outbox.enqueue(
        manager,
        admins.map((admin) => mailTo(admin, 'company_verified', texts)),
      );
    });
    return this.one(id);
  }

  /**
   * Carries out a deletion request. Users keep their rows (orders, quotes and the audit log
   * point at them) but lose every personal detail and every way in: no password, no tokens,
   * no sessions. The company stays for the accounting period, marked deleted.
   */
  async erase(user: AuthenticatedUser, id: string): Promise<StaffCompany> {
    await this.dataSource.transaction(async (manager) => {
      const company = await lockCompany(manager, id);
      if (company.status !== 'deletion_requested')
        throw AppError.conflict('deletion_not_requested', 'The company has not asked for deletion of its account');
      // Told before their addresses go: the last mail the shop sends them.
      const admins = await companyAdmins(manager, id);
      const name = await companyName(manager, id);
      const users: { id: string; email: string }[] = await manager.query(
        `SELECT id, lower(email) AS email FROM users WHERE company_id = $1`,
        [id],
      );
      const ids = users.map((u) => u.id);
      const emails = users.map((u) => u.email);
      await manager.query(
        `UPDATE users SET name = $2, email = 'erased-' || id || '@erased.invalid', phone = NULL,
                password_hash = NULL, active = false, erased_at = coalesce(erased_at, now()), updated_at = now()
         WHERE id = ANY($1::uuid[])`,
        [ids, ERASED_NAME],
      );
      await manager.query(`DELETE FROM user_tokens WHERE user_id = ANY($1::uuid[])`, [ids]);
      // Stored checkout answers (for retries, which no one can send any more) repeat names.
      await manager.query(`DELETE FROM idempotency_keys WHERE user_id = ANY($1::uuid[])`, [ids]);
      await manager.query(
        `UPDATE auth_sessions SET revoked_at = coalesce(revoked_at, now()),
                revoke_reason = coalesce(revoke_reason, 'account_erased'), ip = NULL, user_agent = NULL, updated_at = now()
         WHERE user_id = ANY($1::uuid[])`,
        [ids],
      );
      await manager.query(`DELETE FROM login_attempts WHERE lower(email) = ANY($1::text[])`, [emails]);
      // Mail to them is history too: keep that it happened, drop who and what.
      await manager.query(
        `UPDATE outbox_messages SET recipient = 'erased@erased.invalid', subject = '[erased]', body = '[erased]',
                sent_at = coalesce(sent_at, now()), last_error = coalesce(last_error, 'recipient erased'), updated_at = now()
         WHERE lower(recipient) = ANY($1::text[])`,
        [emails],
      );
      // After the blanking above, which would otherwise blank it too.
      const texts = erasedTexts(
        { companyName: name, erasedOn: osloDateTime(new Date()).date },
        `${this.config.publicUrl}/register`,
      );
      await this.outbox.enqueue(
        manager,
        admins.map((admin) => mailTo(admin, ERASURE_NOTICE_KIND, texts)),
      );
      await manager.query(
        `UPDATE companies SET status = 'deleted', erased_at = now(), contact_email = NULL, updated_at = now()
         WHERE id = $1`,
        [id],
      );
      await this.audit.record(manager, {
        actorUserId: user.userId,
        companyId: id,
        action: 'company.erased',
        entityType: 'company',
        entityId: id,
        before: { status: company.status },
        after: { status: 'deleted', usersErased: ids.length },
      });
    });
    return this.one(id);
  }

  private async one(id: string): Promise<StaffCompany> {
    const rows: CompanyRow[] = await this.dataSource.query(
      `SELECT c.*, 1 AS total,
              (SELECT count(*)::int FROM users u WHERE u.company_id = c.id AND u.erased_at IS NULL) AS user_count
       FROM companies c WHERE c.id = $1`,
      [id],
    );
    if (!rows[0]) throw AppError.notFound('Company');
    return toView(rows[0]);
  }

  /** Only for a page past the end, where the window count has no row to ride on. */
  private async count(search: string | null, query: StaffCompanyQueryDto): Promise<number> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM companies c WHERE ${MATCHES_QUERY}`,
      [search, query.status ?? null, query.tier ?? null],
    );
    return total;
  }
}

function toView(row: CompanyRow): StaffCompany {
  return {
    id: row.id,
    name: row.name,
    organisationNumber: row.organisation_number,
    customerType: row.customer_type,
    status: row.status,
    tier: row.tier,
    contactEmail: row.contact_email,
    phone: row.phone,
    createdAt: row.created_at.toISOString(),
    verifiedAt: row.verified_at?.toISOString() ?? null,
    deletionRequestedAt: row.deletion_requested_at?.toISOString() ?? null,
    erasedAt: row.erased_at?.toISOString() ?? null,
    userCount: row.user_count,
  };
}
