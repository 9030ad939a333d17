import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { IS_PUBLIC, POLICY, type Policy } from './policy.decorators';

/** Who may call a route: `@Public()` and its `@Can()` policy, the method's overriding the class's. */
export interface RouteAccess {
  isPublic: boolean;
  policy: Policy | undefined;
}

const byClass = new WeakMap<object, WeakMap<object, RouteAccess>>();

/**
 * The access rules of the route `context` runs, read from its decorators once per route.
 *
 * Both global guards need them on every request, and each `getAllAndOverride` is two
 * reflect-metadata lookups that walk the prototype chain; decorators cannot change after the
 * app has started. Keyed by class and handler, since a controller inheriting a handler may
 * carry other rules than its parent.
 */
export function routeAccess(reflector: Reflector, context: ExecutionContext): RouteAccess {
  const controller = context.getClass();
  const handler = context.getHandler();
  let handlers = byClass.get(controller);
  if (!handlers) byClass.set(controller, (handlers = new WeakMap()));
  let access = handlers.get(handler);
  if (!access) {
    const targets = [handler, controller];
    access = {
      isPublic: reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true,
      policy: reflector.getAllAndOverride<Policy | undefined>(POLICY, targets),
    };
    handlers.set(handler, access);
  }
  return access;
}
