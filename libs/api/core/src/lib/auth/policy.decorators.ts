import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Action, Subject } from '@lumen/shared/permissions';
import type { AuthenticatedUser } from './authenticated-user';

export const IS_PUBLIC = 'lumen:isPublic';
export const POLICY = 'lumen:policy';

export interface Policy {
  action: Action;
  subject: Subject;
}

/** Opts a route out of the deny-by-default JWT guard. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The route's policy, read by the global PoliciesGuard. Put it on the class for a default
 * and on a method to override. A route with neither `@Public()` nor `@Can()` is refused.
 */
export const Can = (action: Action, subject: Subject) => SetMetadata(POLICY, { action, subject } satisfies Policy);

/** The authenticated caller, as resolved by the JWT strategy. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  return context.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});
