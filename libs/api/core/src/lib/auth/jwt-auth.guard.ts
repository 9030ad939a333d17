import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../errors/app-error';
import { mapDatabaseError } from '../errors/database-errors';
import { routeAccess } from './route-access';

/**
 * Deny by default: every route needs a valid access token unless marked `@Public()`.
 * On a public route a token is still read when present, so visitors and customers can
 * share a route (the catalog shows prices only to customers).
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const { isPublic } = routeAccess(this.reflector, context);
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    // Answered at once, not as a promise: health probes and catalog visitors come without a token.
    if (isPublic && !request.headers['authorization']) return true;
    return this.authenticateToken(context, isPublic);
  }

  private async authenticateToken(context: ExecutionContext, isPublic: boolean): Promise<boolean> {
    try {
      return (await super.canActivate(context)) as boolean;
    } catch (error) {
      if (isPublic) return true;
      throw error;
    }
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error instanceof AppError) throw error;
    // The principal lookup failed because PostgreSQL is unreachable: the session is still good,
    // so let the error filter answer 503 — a 401 here made the portal log everyone out.
    if (error && mapDatabaseError(error)) throw error;
    if (error || !user) throw AppError.unauthorized('session_expired', 'Your session has expired; log in again');
    return user;
  }
}
