import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../errors/app-error';
import type { AuthenticatedUser } from './authenticated-user';
import { routeAccess } from './route-access';

/** Checks the route's `@Can()` policy against the caller's CASL ability; no policy, no entry. */
@Injectable()
export class PoliciesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const { isPublic, policy } = routeAccess(this.reflector, context);
    if (isPublic && !policy) return true;
    if (!policy) throw AppError.forbidden('This route has no access policy');
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user) throw AppError.unauthorized();
    if (!user.ability.can(policy.action, policy.subject)) throw AppError.forbidden();
    return true;
  }
}
