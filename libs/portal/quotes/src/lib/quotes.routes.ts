import type { Route } from '@angular/router';
import { provideTranslations } from '@lumen/portal/core';
import { QUOTES_TRANSLATIONS } from './quotes.translations';

/** Under /quotes, behind `canGuard('read', 'Quote')` in the app's routes. */
export const quotesRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(QUOTES_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./quotes.page').then((m) => m.QuotesPage) },
      { path: ':id', loadComponent: () => import('./quote.page').then((m) => m.QuotePage) },
    ],
  },
];
