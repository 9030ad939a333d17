import type { Route } from '@angular/router';
import { canGuard, provideTranslations } from '@lumen/portal/core';
import { AFTER_SALES_TRANSLATIONS } from './after-sales.translations';

/** Under /after-sales, behind `canGuard('read', 'AfterSales')`: the company's returns and claims. */
export const afterSalesRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(AFTER_SALES_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./after-sales.page').then((m) => m.AfterSalesPage) },
      { path: 'returns/:id', loadComponent: () => import('./return.page').then((m) => m.ReturnPage) },
      { path: 'claims/:id', loadComponent: () => import('./claim.page').then((m) => m.ClaimPage) },
    ],
  },
];

/** Under /cases, behind `canGuard('read', 'Case')`: the company's service cases. */
export const casesRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(AFTER_SALES_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./cases.page').then((m) => m.CasesPage) },
      {
        path: 'new',
        canActivate: [canGuard('create', 'Case')],
        loadComponent: () => import('./new-case.page').then((m) => m.NewCasePage),
      },
      { path: ':id', loadComponent: () => import('./case.page').then((m) => m.CasePage) },
    ],
  },
];
