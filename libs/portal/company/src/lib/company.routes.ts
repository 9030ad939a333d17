import { inject } from '@angular/core';
import { type CanActivateFn, type Route, Router } from '@angular/router';
import { AuthStore, canGuard, provideTranslations } from '@lumen/portal/core';
import { COMPANY_TRANSLATIONS } from './company.translations';

/**
 * Under /company, behind `canGuard('read', 'Company')` in the app's routes. Each page has the
 * guard of the API rule it needs, so a typed URL is refused exactly as the hidden menu entry.
 */
/** Staff may read every company, but this area is a customer's own account. */
const customerOnly: CanActivateFn = () =>
  !inject(AuthStore).isStaff() || inject(Router).createUrlTree(['/forbidden']);

export const companyRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(COMPANY_TRANSLATIONS)],
    canActivate: [customerOnly],
    loadComponent: () => import('./company.layout').then((m) => m.CompanyLayout),
    children: [
      { path: '', loadComponent: () => import('./profile.page').then((m) => m.CompanyProfilePage) },
      {
        path: 'addresses',
        canActivate: [canGuard('read', 'Address')],
        loadComponent: () => import('./addresses.page').then((m) => m.CompanyAddressesPage),
      },
      {
        path: 'employees',
        canActivate: [canGuard('read', 'User')],
        loadComponent: () => import('./employees.page').then((m) => m.CompanyEmployeesPage),
      },
      {
        path: 'roles',
        canActivate: [canGuard('read', 'Role')],
        loadComponent: () => import('./roles.page').then((m) => m.CompanyRolesPage),
      },
    ],
  },
];
