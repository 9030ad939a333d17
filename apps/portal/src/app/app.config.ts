import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { providePortalCore, provideTranslations } from '@lumen/portal/core';
import { appRoutes } from './app.routes';
import { SHELL_TRANSLATIONS } from './shell.translations';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    providePortalCore(),
    provideTranslations(SHELL_TRANSLATIONS),
  ],
};
