import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { SessionService } from '@lumen/api/auth';
import { AppError, type CompanyScope } from '@lumen/api/core';
import { Company, User } from '@lumen/api/companies';
import type { CompanyUser, RoleRef } from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateCompanyUserDto, UpdateCompanyUserDto } from './dto/employee.dto';
import { InvitationMailer } from './invitation.mailer';
import { isUniqueViolation, lockCompany } from './tenant';

interface EmployeeRow {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  active: boolean;
  invitation_pending: boolean;
  created_at: Date;
  roles: RoleRef[];
}

const emailTaken = () =>
  new AppError(409, 'email_taken', 'An account with this e-mail already exists', [
    { field: 'email', code: 'taken', message: 'already registered' },
  ]);

const isAdmin = (roles: RoleRef[]) => roles.some((r) => r.builtInKey === 'admin');

/**
 * The company's employees. Every change that can take away the last active admin runs
 * under the company's row lock, so two concurrent demotions cannot both pass the count.
 */
@Injectable()
export class EmployeesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationMailer,
  ) {}

  async list(scope: CompanyScope): Promise<CompanyUser[]> {
    const rows = await this.query(this.dataSource.manager, scope.companyId);
    return rows.map(toView);
  }

  /** Creates the account without a password and e-mails a single-use invitation link. */
  async create(scope: CompanyScope, dto: CreateCompanyUserDto): Promise<CompanyUser> {
    const { companyId } = scope;
    return this.dataSource.transaction(async (manager) => {
      const company = await manager.findOneByOrFail(Company, { id: companyId });
      const roles = await this.assignableRoles(manager, companyId, dto.roleIds);
      let id: string;
      try {
        ({ id } = await manager.save(
          manager.create(User, {
            companyId,
            email: dto.email,
            name: dto.name,
            phone: dto.phone ?? null,
            passwordHash: null,
            roles: roles.map((role) => ({ id: role.id })),
          }),
        ));
      } catch (error) {
        if (isUniqueViolation(error, 'users_email_key')) throw emailTaken();
        throw error;
      }
      await this.invitations.invite(manager, { id, name: dto.name, email: dto.email }, company.name);
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        after: { roles: roles.map((r) => r.name), active: true },
      });
      return this.one(manager, companyId, id);
    });
  }

  async update(scope: CompanyScope, id: string, dto: UpdateCompanyUserDto): Promise<CompanyUser> {
    const { companyId } = scope;
    return this.dataSource.transaction(async (manager) => {
      await lockCompany(manager, companyId);
      const [current] = await this.query(manager, companyId, id);
      if (!current) throw AppError.notFound('User');
      const roles = dto.roleIds ? await this.assignableRoles(manager, companyId, dto.roleIds) : current.roles;
      const active = dto.active ?? current.active;
      if (current.active && isAdmin(current.roles) && !(active && isAdmin(roles)))
        await this.assertAnotherActiveAdmin(manager, companyId, id);

      const fields: Partial<Pick<User, 'name' | 'phone' | 'active'>> = {};
      if (dto.name !== undefined) fields.name = dto.name;
      if (dto.phone !== undefined) fields.phone = dto.phone;
      if (active !== current.active) fields.active = active;
      if (Object.keys(fields).length > 0) await manager.update(User, { id }, fields);

      const audit = { actorUserId: scope.userId, companyId, entityType: 'user', entityId: id };
      if (dto.roleIds && !sameRoles(current.roles, roles)) {
        await manager.query(`DELETE FROM user_roles WHERE user_id = $1`, [id]);
        await manager.query(`INSERT INTO user_roles (user_id, role_id) SELECT $1, unnest($2::uuid[])`, [
          id,
          roles.map((r) => r.id),
        ]);
        await this.audit.record(manager, {
          ...audit,
          action: 'user.roles_changed',
          before: { roles: current.roles.map((r) => r.name) },
          after: { roles: roles.map((r) => r.name) },
        });
      }
      if (active !== current.active) {
        if (!active) await this.sessions.revokeAllOf(manager, id, 'user_deactivated');
        await this.audit.record(manager, {
          ...audit,
          action: active ? 'user.reactivated' : 'user.deactivated',
          before: { active: current.active },
          after: { active },
        });
      }
      return this.one(manager, companyId, id);
    });
  }

  /**
   * A new invitation link for an employee who has not set a password yet (the first one expired
   * or was lost); the links sent before stop working, so only the newest e-mail counts.
   */
  async resendInvitation(scope: CompanyScope, id: string): Promise<CompanyUser> {
    const { companyId } = scope;
    return this.dataSource.transaction(async (manager) => {
      const [current] = await this.query(manager, companyId, id);
      if (!current) throw AppError.notFound('User');
      if (!current.invitation_pending || !current.active)
        throw AppError.conflict(
          'invitation_not_pending',
          current.active ? 'The employee has already accepted the invitation' : 'The employee is deactivated',
        );
      const company = await manager.findOneByOrFail(Company, { id: companyId });
      await this.invitations.invite(manager, { id, name: current.name, email: current.email }, company.name);
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'user.invitation_resent',
        entityType: 'user',
        entityId: id,
      });
      return toView(current);
    });
  }

  private async assertAnotherActiveAdmin(
    manager: EntityManager,
    companyId: string,
    exceptUserId: string,
  ): Promise<void> {
    const [{ count }]: { count: number }[] = await manager.query(
      `SELECT count(DISTINCT u.id)::int AS count
       FROM users u JOIN user_roles ur ON ur.user_id = u.id
       JOIN roles r ON r.id = ur.role_id AND r.built_in_key = 'admin'
       WHERE u.company_id = $1 AND u.id <> $2 AND u.active AND u.erased_at IS NULL`,
      [companyId, exceptUserId],
    );
    if (count === 0)
      throw AppError.conflict(
        'last_admin',
        'The company needs at least one active admin: make someone else admin first',
      );
  }

  /** Built-in roles and the company's own custom roles; anything else is refused by field. */
  private async assignableRoles(manager: EntityManager, companyId: string, roleIds: string[]): Promise<RoleRef[]> {
    const rows: { id: string; name: string; built_in_key: string | null }[] = await manager.query(
      `SELECT id, name, built_in_key FROM roles
         WHERE id = ANY($1::uuid[]) AND (built_in_key IS NOT NULL OR company_id = $2)`,
      [roleIds, companyId],
    );
    if (rows.length !== roleIds.length)
      throw AppError.invalidField('roleIds', 'unknown_role', 'roleIds names a role that does not exist');
    return rows.map((r) => ({ id: r.id, name: r.name, builtInKey: r.built_in_key }));
  }

  private async one(manager: EntityManager, companyId: string, id: string): Promise<CompanyUser> {
    const [row] = await this.query(manager, companyId, id);
    return toView(row);
  }

  /** Employees with their roles in one statement; erased users are gone from the list. */
  private query(manager: EntityManager, companyId: string, id: string | null = null): Promise<EmployeeRow[]> {
    return manager.query(
      `SELECT u.id, u.name, u.email, u.phone, u.active, u.created_at,
              u.password_hash IS NULL AS invitation_pending,
              coalesce(json_agg(json_build_object('id', r.id, 'name', r.name, 'builtInKey', r.built_in_key)
                                ORDER BY r.name) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
       FROM users u
       LEFT JOIN user_roles ur ON ur.user_id = u.id
       LEFT JOIN roles r ON r.id = ur.role_id
       WHERE u.company_id = $1 AND u.erased_at IS NULL AND ($2::uuid IS NULL OR u.id = $2::uuid)
       GROUP BY u.id
       ORDER BY lower(u.name)`,
      [companyId, id],
    );
  }
}

function sameRoles(a: RoleRef[], b: RoleRef[]): boolean {
  const ids = new Set(a.map((r) => r.id));
  return a.length === b.length && b.every((r) => ids.has(r.id));
}

function toView(row: EmployeeRow): CompanyUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    active: row.active,
    invitationPending: row.invitation_pending,
    roles: row.roles,
    createdAt: row.created_at.toISOString(),
  };
}
