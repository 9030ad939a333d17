import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type CompanyScope } from '@lumen/api/core';
import { Role } from '@lumen/api/companies';
import type { CompanyRole } from '@lumen/shared/contracts';
import { BUILT_IN_ROLES } from '@lumen/shared/permissions';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateRoleDto, UpdateRoleDto } from './dto/role.dto';
import { isUniqueViolation, lockCompany } from './tenant';

interface RoleRow {
  id: string;
  name: string;
  built_in_key: string | null;
  permissions: string[];
  user_count: number;
}

const BUILT_IN_NAMES = Object.values(BUILT_IN_ROLES).map((role) => role.name.toLowerCase());

const nameTaken = () => AppError.conflict('role_name_taken', 'A role with this name already exists');

/** The built-in roles (global rows, read-only) and the company's own custom roles. */
@Injectable()
export class RolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(scope: CompanyScope): Promise<CompanyRole[]> {
    const rows = await this.query(this.dataSource.manager, scope.companyId);
    return rows.map(toView);
  }

  async create(scope: CompanyScope, dto: CreateRoleDto): Promise<CompanyRole> {
    const { companyId } = scope;
    assertNotBuiltInName(dto.name);
    return this.dataSource.transaction(async (manager) => {
      await lockCompany(manager, companyId);
      const role = await this.saveUnique(
        manager,
        manager.create(Role, {
          companyId,
          builtInKey: null,
          name: dto.name,
          permissions: dto.permissions,
        }),
      );
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'role.created',
        entityType: 'role',
        entityId: role.id,
        after: { name: role.name, permissions: role.permissions },
      });
      return this.one(manager, companyId, role.id);
    });
  }

  async update(scope: CompanyScope, id: string, dto: UpdateRoleDto): Promise<CompanyRole> {
    const { companyId } = scope;
    if (dto.name !== undefined) assertNotBuiltInName(dto.name);
    return this.dataSource.transaction(async (manager) => {
      await lockCompany(manager, companyId);
      const role = await this.findCustom(manager, companyId, id);
      const before = { name: role.name, permissions: role.permissions };
      Object.assign(role, dto);
      await this.saveUnique(manager, role);
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'role.updated',
        entityType: 'role',
        entityId: role.id,
        before,
        after: { name: role.name, permissions: role.permissions },
      });
      return this.one(manager, companyId, id);
    });
  }

  /** Only an unused custom role; the company lock keeps it from being assigned meanwhile. */
  async remove(scope: CompanyScope, id: string): Promise<void> {
    const { companyId } = scope;
    await this.dataSource.transaction(async (manager) => {
      await lockCompany(manager, companyId);
      const role = await this.findCustom(manager, companyId, id);
      const [{ count }]: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM user_roles WHERE role_id = $1`,
        [id],
      );
      if (count > 0)
        throw AppError.conflict('role_in_use', `The role is held by ${count} user(s); take it from them first`);
      await manager.delete(Role, { id });
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'role.deleted',
        entityType: 'role',
        entityId: id,
        before: { name: role.name, permissions: role.permissions },
      });
    });
  }

  /** A built-in role answers 409 (it exists, it is just not editable); another company's, 404. */
  private async findCustom(manager: EntityManager, companyId: string, id: string): Promise<Role> {
    const role = await manager.findOneBy(Role, { id });
    if (role && role.builtInKey)
      throw AppError.conflict(
        'built_in_role',
        'Built-in roles cannot be changed or deleted; create a custom role instead',
      );
    if (!role || role.companyId !== companyId) throw AppError.notFound('Role');
    return role;
  }

  private async saveUnique(manager: EntityManager, role: Role): Promise<Role> {
    try {
      return await manager.save(role);
    } catch (error) {
      if (isUniqueViolation(error, 'roles_company_name')) throw nameTaken();
      throw error;
    }
  }

  private async one(manager: EntityManager, companyId: string, id: string): Promise<CompanyRole> {
    const [row] = await this.query(manager, companyId, id);
    return toView(row);
  }

  private query(manager: EntityManager, companyId: string, id: string | null = null): Promise<RoleRow[]> {
    return manager.query(
      `SELECT r.id, r.name, r.built_in_key, r.permissions,
              (SELECT count(*)::int FROM user_roles ur JOIN users u ON u.id = ur.user_id
               WHERE ur.role_id = r.id AND u.company_id = $1) AS user_count
       FROM roles r
       WHERE (r.company_id IS NULL OR r.company_id = $1) AND ($2::uuid IS NULL OR r.id = $2::uuid)
       ORDER BY r.company_id NULLS FIRST,
                array_position(ARRAY['admin','buyer','purchaser','viewer'], r.built_in_key), lower(r.name)`,
      [companyId, id],
    );
  }
}

function assertNotBuiltInName(name: string): void {
  if (BUILT_IN_NAMES.includes(name.trim().toLowerCase())) throw nameTaken();
}

function toView(row: RoleRow): CompanyRole {
  return {
    id: row.id,
    name: row.name,
    builtInKey: row.built_in_key,
    permissions: row.permissions,
    userCount: row.user_count,
  };
}
