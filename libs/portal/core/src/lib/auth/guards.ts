import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Action, Subject } from '@lumen/shared/permissions';
import { AuthStore } from './auth.store';

/** Only for logged-in users; others go to the login page and come back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.sessionSettled();
  return auth.isLoggedIn() || router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Login and registration make no sense when logged in: go to the account page instead. */
export const guestGuard: CanActivateFn = () =>
  !inject(AuthStore).isLoggedIn() || inject(Router).createUrlTree(['/account']);

/** `canActivate: [canGuard('use', 'QuickOrder')]`: the same CASL rule the API checks. */
export function canGuard(action: Action, subject: Subject): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthStore);
    const router = inject(Router);
    await auth.sessionSettled();
    if (!auth.isLoggedIn()) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    return auth.can(action, subject) || router.createUrlTree(['/forbidden']);
  };
}
