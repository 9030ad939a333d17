import { apiErrorOf, type ErrorMessage, formatDateTime, type Locale } from '@lumen/portal/core';
import type { LoginLock } from '@lumen/shared/domain';

export type ReportedLock = Pick<LoginLock, 'scope' | 'lockedUntil'>;

/** The lock the API reported for a refused login (`too_many_login_attempts`), if that is what `error` is. */
export function loginLockOf(error: unknown): ReportedLock | null {
  const api = apiErrorOf(error);
  if (api?.code !== 'too_many_login_attempts' || !api.details || Array.isArray(api.details)) return null;
  const { scope, lockedUntil } = api.details;
  if ((scope !== 'account' && scope !== 'address') || typeof lockedUntil !== 'string') return null;
  return { scope, lockedUntil };
}

/** "Locked until 22.11.2026, 14:05", in the reader's language and time zone. */
export function loginLockMessage(lock: ReportedLock, locale: Locale): ErrorMessage {
  return { key: `auth.login.locked.${lock.scope}`, params: { until: formatDateTime(lock.lockedUntil, locale) } };
}
