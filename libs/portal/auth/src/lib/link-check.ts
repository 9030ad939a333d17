import { type Signal, effect, inject, signal } from '@angular/core';
import { apiErrorOf } from '@lumen/portal/core';
import type { LinkPurpose } from '@lumen/shared/contracts';
import { AuthApi } from './auth.api';

/** `checking` until the API answered; `unknown` when it could not be asked (the form then decides). */
export type LinkState = 'checking' | 'usable' | 'spent' | 'unknown';

/**
 * Whether the e-mailed link a page was opened with still works, asked before the page shows a
 * password form: a used or expired link says so at once instead of after a password was typed.
 * Call in an injection context with the page's `token` input.
 */
export function checkedLink(token: Signal<string | undefined>, purpose: LinkPurpose): Signal<LinkState> {
  const api = inject(AuthApi);
  const state = signal<LinkState>('checking');
  effect(() => {
    const value = token();
    if (!value) return;
    state.set('checking');
    api.checkLink({ token: value, purpose }).then(
      () => state.set('usable'),
      (error: unknown) => state.set(apiErrorOf(error)?.code === 'invalid_token' ? 'spent' : 'unknown'),
    );
  });
  return state.asReadonly();
}
