import type { Route } from '@angular/router';
import { canGuard, provideTranslations } from '@lumen/portal/core';
import { STAFF_TRANSLATIONS } from './staff.translations';

/** Under /staff, behind `canGuard('read', 'StaffArea')` in the app's routes. */
export const staffRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(STAFF_TRANSLATIONS)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'companies' },
      { path: 'companies', loadComponent: () => import('./companies.page').then((m) => m.StaffCompaniesPage) },
      {
        path: 'companies/:id/audit',
        canActivate: [canGuard('read', 'AuditLog')],
        loadComponent: () => import('./audit.page').then((m) => m.StaffAuditPage),
      },
    ],
  },
];
