import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { type EnvironmentProviders, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { unavailableInterceptor } from './api/unavailable.interceptor';
import { authInterceptor } from './auth/auth.interceptor';
import { AuthStore } from './auth/auth.store';
import { CORE_TRANSLATIONS } from './i18n/core.translations';
import { provideTranslations } from './i18n/provide-translations';

/**
 * HTTP with the interceptors — "unavailable" outermost, so a 503 is retried and never reaches
 * the auth interceptor's refresh-or-logout path — the shared strings, and the session restored
 * before routing.
 */
export function providePortalCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(withInterceptors([unavailableInterceptor, authInterceptor])),
    provideTranslations(CORE_TRANSLATIONS),
    provideAppInitializer(() => inject(AuthStore).restore()),
  ]);
}
