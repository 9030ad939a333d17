import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type CompanyScope } from '@lumen/api/core';
import type { ApprovalRule, CreateApprovalRuleRequest } from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { approverSql, liveUserOf } from './approvers.sql';
import type { CreateApprovalRuleDto, UpdateApprovalRuleDto } from './dto/approval-rule.dto';

interface RuleRow {
  id: string;
  name: string;
  applies_to_role_ids: string[];
  above_net_ore: number | null;
  approver_role_id: string | null;
  approver_user_ids: string[];
  approver_names: string[];
  created_at: Date;
  updated_at: Date;
}

/** The columns of a rule that its request sets, as the audit records them. */
type RuleFields = CreateApprovalRuleRequest;

/**
 * A company's approval rules (PRODUCT.md §17), kept by whoever holds `purchasing.manage`. A rule
 * names at least one approver — a role, named users, or both — each of the company's own; the
 * roles it applies to are the company's (built-in or custom).
 */
@Injectable()
export class ApprovalRulesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(scope: CompanyScope): Promise<ApprovalRule[]> {
    return this.read(this.dataSource.manager, scope.companyId, null);
  }

  async create(scope: CompanyScope, dto: CreateApprovalRuleDto): Promise<ApprovalRule> {
    return this.dataSource.transaction(async (manager) => {
      await this.check(manager, scope.companyId, dto);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO approval_rules (company_id, name, applies_to_role_ids, above_net_ore, approver_role_id, approver_user_ids)
         VALUES ($1, $2, $3::uuid[], $4, $5, $6::uuid[]) RETURNING id`,
        [scope.companyId, dto.name, dto.appliesToRoleIds, dto.aboveNetOre, dto.approverRoleId, dto.approverUserIds],
      );
      await this.record(manager, scope, 'approval_rule.created', id, null, dto);
      return this.one(manager, scope.companyId, id);
    });
  }

  async update(scope: CompanyScope, id: string, dto: UpdateApprovalRuleDto): Promise<ApprovalRule> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, scope.companyId, id);
      const after: RuleFields = { ...before, ...dto };
      await this.check(manager, scope.companyId, after);
      await manager.query(
        `UPDATE approval_rules SET name = $2, applies_to_role_ids = $3::uuid[], above_net_ore = $4,
           approver_role_id = $5, approver_user_ids = $6::uuid[], updated_at = now()
         WHERE id = $1`,
        [id, after.name, after.appliesToRoleIds, after.aboveNetOre, after.approverRoleId, after.approverUserIds],
      );
      await this.record(manager, scope, 'approval_rule.updated', id, before, after);
      return this.one(manager, scope.companyId, id);
    });
  }

  /** Orders already waiting keep their copy of the rule's approvers (their steps), so they can still be decided. */
  async remove(scope: CompanyScope, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, scope.companyId, id);
      await manager.query(`DELETE FROM approval_rules WHERE id = $1`, [id]);
      await this.record(manager, scope, 'approval_rule.deleted', id, before, null);
    });
  }

  /** Every role and user a rule names must be the company's; and someone must approve. */
  private async check(manager: EntityManager, companyId: string, rule: RuleFields): Promise<void> {
    if (rule.approverRoleId === null && rule.approverUserIds.length === 0)
      throw new AppError(
        422,
        'approval_rule_without_approvers',
        'A rule needs at least one approver: a role (approverRoleId) or named users (approverUserIds)',
      );
    const roleIds = [...new Set([...rule.appliesToRoleIds, ...(rule.approverRoleId ? [rule.approverRoleId] : [])])];
    const [{ roles, users }]: { roles: string[]; users: string[] }[] = await manager.query(
      `SELECT
         ARRAY(SELECT r.id FROM roles r WHERE r.id = ANY ($2::uuid[]) AND (r.company_id IS NULL OR r.company_id = $1)) AS roles,
         ARRAY(SELECT u.id FROM users u WHERE u.id = ANY ($3::uuid[]) AND ${liveUserOf('u', '$1')}) AS users`,
      [companyId, roleIds, rule.approverUserIds],
    );
    const unknownRole = (id: string) => !roles.includes(id);
    if (rule.appliesToRoleIds.some(unknownRole))
      throw AppError.invalidField('appliesToRoleIds', 'unknown_role', 'Choose roles of your company');
    if (rule.approverRoleId && unknownRole(rule.approverRoleId))
      throw AppError.invalidField('approverRoleId', 'unknown_role', 'Choose a role of your company');
    if (rule.approverUserIds.some((id) => !users.includes(id)))
      throw AppError.invalidField('approverUserIds', 'unknown_user', 'Choose active users of your company');
  }

  /** The rule, locked for the change; another company's is not found. */
  private async locked(manager: EntityManager, companyId: string, id: string): Promise<RuleFields> {
    const [row]: RuleRow[] = await manager.query(
      `SELECT name, applies_to_role_ids, above_net_ore, approver_role_id, approver_user_ids
       FROM approval_rules WHERE id = $1 AND company_id = $2 FOR UPDATE`,
      [id, companyId],
    );
    if (!row) throw AppError.notFound('Approval rule');
    return {
      name: row.name,
      appliesToRoleIds: row.applies_to_role_ids,
      aboveNetOre: row.above_net_ore,
      approverRoleId: row.approver_role_id,
      approverUserIds: row.approver_user_ids,
    };
  }

  private record(
    manager: EntityManager,
    scope: CompanyScope,
    action: string,
    id: string,
    before: RuleFields | null,
    after: RuleFields | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorUserId: scope.userId,
      companyId: scope.companyId,
      action,
      entityType: 'approval_rule',
      entityId: id,
      before: before && { ...before },
      after: after && { ...after },
    });
  }

  private async one(manager: EntityManager, companyId: string, id: string): Promise<ApprovalRule> {
    const [rule] = await this.read(manager, companyId, id);
    return rule;
  }

  private async read(manager: EntityManager, companyId: string, id: string | null): Promise<ApprovalRule[]> {
    const params: unknown[] = [companyId];
    const rows: RuleRow[] = await manager.query(
      `SELECT r.id, r.name, r.applies_to_role_ids, r.above_net_ore, r.approver_role_id, r.approver_user_ids,
              ARRAY(SELECT u.name FROM users u
                    WHERE ${liveUserOf('u', 'r.company_id')}
                      AND ${approverSql('u', { role: 'r.approver_role_id', users: 'r.approver_user_ids' })}
                    ORDER BY u.name) AS approver_names,
              r.created_at, r.updated_at
       FROM approval_rules r
       WHERE r.company_id = $1${id === null ? '' : ` AND r.id = $${params.push(id)}`}
       ORDER BY r.created_at, r.id`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      appliesToRoleIds: row.applies_to_role_ids,
      aboveNetOre: row.above_net_ore,
      approverRoleId: row.approver_role_id,
      approverUserIds: row.approver_user_ids,
      approverNames: row.approver_names,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    }));
  }
}
