import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { customerOnly, type Scope, scopeOf } from './scope';

/** The request's Scope, from the caller the JWT guard resolved. */
export const CurrentScope = createParamDecorator((_data: unknown, context: ExecutionContext): Scope => {
  return scopeOf(context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user);
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
