import { AppError, type AuthenticatedUser } from '@lumen/api/core';

/**
 * The company a customer route acts for. Staff read everything through the staff routes;
 * on a customer route they have no company to act for, which is a refusal, not a crash.
 */
export function customerCompanyId(user: AuthenticatedUser): string {
  if (!user.companyId)
    throw new AppError(403, 'customer_only', 'This is a customer route; staff use the staff area');
  return user.companyId;
}
