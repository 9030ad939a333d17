import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@lumen/api/core';
import type {
  AuditEntryView,
  CompanyAuditPage,
  CompanyStatus,
} from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';

interface EntryRow {
  id: string;
  created_at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  total: number;
}

/** The audit log of one company, newest first, with the actor's (current) name. */
@Injectable()
export class AuditLogQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forCompany(
    companyId: string,
    page: number,
    pageSize: number,
  ): Promise<CompanyAuditPage> {
    const companies: { id: string; name: string; status: CompanyStatus }[] =
      await this.dataSource.query(
        `SELECT id, name, status FROM companies WHERE id = $1`,
        [companyId],
      );
    if (!companies[0]) throw AppError.notFound('Company');
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT a.id, a.created_at, a.actor_user_id, u.name AS actor_name, a.action, a.entity_type,
              a.entity_id, a.before, a.after, a.reason, count(*) OVER ()::int AS total
       FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
       WHERE a.company_id = $1
       ORDER BY a.created_at DESC, a.id
       LIMIT $2 OFFSET $3`,
      [companyId, pageSize, (page - 1) * pageSize],
    );
    return {
      company: companies[0],
      items: rows.map(toView),
      total: rows[0]?.total ?? 0,
      page,
      pageSize,
    };
  }
}

function toView(row: EntryRow): AuditEntryView {
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    actor: row.actor_user_id
      ? { id: row.actor_user_id, name: row.actor_name ?? '' }
      : null,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: row.before,
    after: row.after,
    reason: row.reason,
  };
}
