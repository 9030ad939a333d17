import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { AppError, type AuthenticatedUser } from '@lumen/api/core';

const customerOnly = () =>
  new AppError(403, 'customer_only', 'This is a customer route; staff use the staff area');

/**
 * The company a customer route acts for. Staff read everything through the staff routes;
 * on a customer route they have no company to act for, which is a refusal, not a crash.
 */
export function customerCompanyId(user: AuthenticatedUser): string {
  if (!user.companyId) throw customerOnly();
  return user.companyId;
}

/**
 * Refuses staff on customer routes before validation runs, so a shop admin (who may
 * "manage all") gets 403 rather than a 400 about a body meant for customers.
 */
@Injectable()
export class CustomerOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (user && !user.companyId) throw customerOnly();
    return true;
  }
}
