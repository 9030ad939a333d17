import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { type CompanyScope, companyScope, customerOnly, type Scope, scopeOf } from './scope';

const scopeOfRequest = (context: ExecutionContext): Scope =>
  scopeOf(context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user);

/** The request's Scope, from the caller the JWT guard resolved: for routes staff and customers share. */
export const CurrentScope = createParamDecorator((_data: unknown, context: ExecutionContext): Scope => {
  return scopeOfRequest(context);
});

/**
 * The customer's CompanyScope on a customer route. `CustomerOnlyGuard` refuses staff before
 * this runs; the check here is what makes the parameter's type true rather than assumed.
 */
export const CurrentCompanyScope = createParamDecorator((_data: unknown, context: ExecutionContext): CompanyScope => {
  return companyScope(scopeOfRequest(context));
});

/**
 * Refuses staff on customer routes before validation runs, so a shop admin (who may "manage
 * all") gets 403 rather than a 400 about a body meant for customers.
 */
@Injectable()
export class CustomerOnlyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (user && !user.companyId) throw customerOnly();
    return true;
  }
}
