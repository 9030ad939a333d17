import type { Route } from '@angular/router';
import { canGuard, provideTranslations } from '@lumen/portal/core';
import { ORDERS_TRANSLATIONS } from '@lumen/portal/orders';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';

/** Under /service-desk, behind `canGuard('handle', 'Case')` in the app's routes. */
export const serviceDeskRoutes: Route[] = [
  {
    path: '',
    // Carriers are named in the order pages' words.
    providers: [provideTranslations(SERVICE_DESK_TRANSLATIONS), provideTranslations(ORDERS_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./case-queue.page').then((m) => m.CaseQueuePage) },
      { path: 'cases/:id', loadComponent: () => import('./case-detail.page').then((m) => m.CaseDetailPage) },
      {
        path: 'returns',
        canActivate: [canGuard('handle', 'AfterSales')],
        loadComponent: () => import('./returns.page').then((m) => m.ReturnsPage),
      },
      {
        path: 'returns/:id',
        canActivate: [canGuard('handle', 'AfterSales')],
        loadComponent: () => import('./return-detail.page').then((m) => m.ReturnDetailPage),
      },
      {
        path: 'claims',
        canActivate: [canGuard('handle', 'AfterSales')],
        loadComponent: () => import('./claims.page').then((m) => m.ClaimsPage),
      },
      {
        path: 'claims/:id',
        canActivate: [canGuard('handle', 'AfterSales')],
        loadComponent: () => import('./claim-detail.page').then((m) => m.ClaimDetailPage),
      },
      {
        path: 'cancellations',
        canActivate: [canGuard('handle', 'AfterSales')],
        loadComponent: () => import('./cancellations.page').then((m) => m.CancellationsPage),
      },
      {
        path: 'settings',
        canActivate: [canGuard('update', 'ServiceSettings')],
        loadComponent: () => import('./service-settings.page').then((m) => m.ServiceSettingsPage),
      },
    ],
  },
];
