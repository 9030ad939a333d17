import { type AuthenticatedUser, companyScope, scopeOf } from '@lumen/api/core';

/** The company a customer route acts for; staff are refused with 403 customer_only. */
export function customerCompanyId(user: AuthenticatedUser): string {
  return companyScope(scopeOf(user)).companyId;
}
