import type { Route } from '@angular/router';
import { canGuard, provideTranslations } from '@lumen/portal/core';
import { ORDERS_TRANSLATIONS } from '@lumen/portal/orders';
import { STAFF_TRANSLATIONS } from './staff.translations';

/** Under /staff, behind `canGuard('read', 'StaffArea')` in the app's routes. */
export const staffRoutes: Route[] = [
  {
    path: '',
    // The desk shows order statuses, carriers and shipments in the order pages' words.
    providers: [provideTranslations(STAFF_TRANSLATIONS), provideTranslations(ORDERS_TRANSLATIONS)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'companies' },
      { path: 'companies', loadComponent: () => import('./companies.page').then((m) => m.StaffCompaniesPage) },
      {
        path: 'companies/:id/audit',
        canActivate: [canGuard('read', 'AuditLog')],
        loadComponent: () => import('./audit.page').then((m) => m.StaffAuditPage),
      },
      {
        path: 'orders',
        canActivate: [canGuard('fulfil', 'Order')],
        loadComponent: () => import('./order-desk.page').then((m) => m.OrderDeskListPage),
      },
      {
        path: 'orders/:id',
        canActivate: [canGuard('fulfil', 'Order')],
        loadComponent: () => import('./order-desk-detail.page').then((m) => m.OrderDeskDetailPage),
      },
      {
        path: 'payments',
        canActivate: [canGuard('record', 'Payment')],
        loadComponent: () => import('./payments.page').then((m) => m.PaymentsPage),
      },
      {
        path: 'fulfilment-settings',
        canActivate: [canGuard('update', 'FulfilmentSettings')],
        loadComponent: () => import('./fulfilment-settings.page').then((m) => m.FulfilmentSettingsPage),
      },
    ],
  },
];
