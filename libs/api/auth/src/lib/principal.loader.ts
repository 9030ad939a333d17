import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@lumen/api/core';
import { createAbility, defineRulesFor, isPermission, type StaffRoleKey } from '@lumen/shared/permissions';
import type { LoyaltyTier } from '@lumen/shared/contracts';
import { type PreparedQuery, runPrepared } from '@lumen/api/database';
import { DataSource } from 'typeorm';

interface PrincipalRow {
  id: string;
  email: string;
  name: string;
  company_id: string | null;
  company_status: string | null;
  company_tier: LoyaltyTier | null;
  staff_role: StaffRoleKey | null;
  role_names: string[];
  permissions: string[];
}

/** Every authenticated request runs this, so it is prepared once per pooled connection. */
const PRINCIPAL_QUERY: PreparedQuery = {
  name: 'auth-principal',
  text: `SELECT u.id, u.email, u.name, u.company_id, u.staff_role,
              c.status AS company_status, c.tier AS company_tier,
              coalesce(array_agg(DISTINCT r.name) FILTER (WHERE r.id IS NOT NULL), '{}') AS role_names,
              coalesce(array_agg(DISTINCT p.permission) FILTER (WHERE p.permission IS NOT NULL), '{}') AS permissions
       FROM auth_sessions s
       JOIN users u ON u.id = s.user_id
       LEFT JOIN companies c ON c.id = u.company_id
       LEFT JOIN user_roles ur ON ur.user_id = u.id
       LEFT JOIN roles r ON r.id = ur.role_id
       LEFT JOIN LATERAL unnest(r.permissions) AS p(permission) ON true
       WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL
         AND u.active AND u.erased_at IS NULL AND (c.id IS NULL OR c.status <> 'deleted')
       GROUP BY u.id, c.id`,
};

/**
 * Resolves an access token's user in one SQL statement: the session must be live, the user
 * active and not erased, the company not deleted; roles become permissions become rules.
 * Revoking a session or deactivating a user therefore takes effect on the next request.
 */
@Injectable()
export class PrincipalLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(userId: string, sessionId: string): Promise<AuthenticatedUser | null> {
    const rows = await runPrepared<PrincipalRow>(this.dataSource.manager, PRINCIPAL_QUERY, [sessionId, userId]);
    const row = rows[0];
    if (!row) return null;
    const principal = {
      userId: row.id,
      companyId: row.company_id,
      companyStatus: row.company_status,
      staffRole: row.staff_role,
      permissions: row.permissions.filter(isPermission),
    };
    return {
      ...principal,
      sessionId,
      email: row.email,
      name: row.name,
      roleNames: row.role_names,
      companyTier: row.company_tier,
      ability: createAbility(defineRulesFor(principal)),
    };
  }
}
