import type { AuthenticatedUser } from '../auth/authenticated-user';
import { AppError } from '../errors/app-error';

/** A customer acting for their company. */
export interface CompanyScope {
  readonly kind: 'company';
  readonly companyId: string;
  readonly userId: string;
}

/** Shop staff, acting for the shop over every company. */
interface ShopScope {
  readonly kind: 'shop';
  readonly userId: string;
}

/**
 * Whose data a request may touch, made once per request from the authenticated caller (after
 * Vendure's RequestContext). A query takes a Scope, never a nullable company id: a null that
 * silently meant "every company" is how a customer query widens to all tenants.
 */
export type Scope = CompanyScope | ShopScope;

export function scopeOf(user: AuthenticatedUser): Scope {
  return user.companyId
    ? { kind: 'company', companyId: user.companyId, userId: user.userId }
    : { kind: 'shop', userId: user.userId };
}

export const customerOnly = (): AppError =>
  new AppError(403, 'customer_only', 'This is a customer route; staff use the staff area');

/** The company a customer route acts for; staff have none there, which is a 403, not a crash. */
export function companyScope(scope: Scope): CompanyScope {
  if (scope.kind !== 'company') throw customerOnly();
  return scope;
}

/**
 * The WHERE fragment that keeps `column` (a `company_id`) inside the scope, appending its
 * parameter to `params`: `c.company_id = $3` for a customer, `TRUE` for the shop.
 */
export function scopeSql(scope: Scope, column: string, params: unknown[]): string {
  if (scope.kind === 'shop') return 'TRUE';
  params.push(scope.companyId);
  return `${column} = $${params.length}`;
}
