import type { Route } from '@angular/router';
import { provideTranslations } from '@lumen/portal/core';
import { QUOTES_TRANSLATIONS } from '@lumen/portal/quotes';
import { QUOTE_DESK_TRANSLATIONS } from './quote-desk.translations';

/** Under /desk, behind `canGuard('read', 'StaffArea')` in the app's routes. */
export const quoteDeskRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(QUOTES_TRANSLATIONS), provideTranslations(QUOTE_DESK_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./quote-desk.page').then((m) => m.QuoteDeskPage) },
      { path: 'quotes/:id', loadComponent: () => import('./desk-quote.page').then((m) => m.DeskQuotePage) },
    ],
  },
];
