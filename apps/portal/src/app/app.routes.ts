import { inject } from '@angular/core';
import { type CanActivateFn, type Route, Router } from '@angular/router';
import { AuthStore, authGuard, canGuard } from '@lumen/portal/core';

/** Staff start their day at the order desk; customers and visitors get the landing page. */
const staffToOrderDesk: CanActivateFn = async () => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  await auth.sessionSettled();
  return auth.can('fulfil', 'Order') ? router.parseUrl('/staff/orders') : true;
};

/**
 * One lazy line per feature; each library's `*.routes.ts` brings its pages, guards and
 * dictionaries (`provideTranslations`). Add yours above the catch-all.
 */
// One route a line keeps each feature's addition a one-line change.
// prettier-ignore
export const appRoutes: Route[] = [
  { path: '', pathMatch: 'full', canActivate: [staffToOrderDesk], loadComponent: () => import('./pages/home.page').then((m) => m.HomePage) },
  { path: '', loadChildren: () => import('@lumen/portal/auth').then((m) => m.authRoutes) },
  { path: 'account', canActivate: [authGuard], loadChildren: () => import('@lumen/portal/auth').then((m) => m.accountRoutes) },
  { path: 'company', canActivate: [canGuard('read', 'Company')], loadChildren: () => import('@lumen/portal/company').then((m) => m.companyRoutes) },
  { path: 'staff', canActivate: [canGuard('read', 'StaffArea')], loadChildren: () => import('@lumen/portal/staff').then((m) => m.staffRoutes) },
  { path: 'project-lists', canActivate: [canGuard('read', 'ProjectList')], loadChildren: () => import('@lumen/portal/project-lists').then((m) => m.projectListsRoutes) },
  { path: 'quotes', canActivate: [canGuard('read', 'Quote')], loadChildren: () => import('@lumen/portal/quotes').then((m) => m.quotesRoutes) },
  { path: 'desk', canActivate: [canGuard('read', 'StaffArea')], loadChildren: () => import('@lumen/portal/quote-desk').then((m) => m.quoteDeskRoutes) },
  { path: 'catalog', loadChildren: () => import('@lumen/portal/catalog').then((m) => m.catalogRoutes) },
  { path: 'pricing', canActivate: [canGuard('read', 'PriceSettings')], loadChildren: () => import('@lumen/portal/catalog').then((m) => m.pricingAdminRoutes) },
  { path: 'quick-order', canActivate: [canGuard('use', 'QuickOrder')], loadChildren: () => import('@lumen/portal/quick-order').then((m) => m.quickOrderRoutes) },
  { path: 'cart', canActivate: [canGuard('use', 'Cart')], loadChildren: () => import('@lumen/portal/cart').then((m) => m.cartRoutes) },
  { path: 'orders', canActivate: [canGuard('read', 'Order')], loadChildren: () => import('@lumen/portal/orders').then((m) => m.ordersRoutes) },
  { path: 'invoices', canActivate: [canGuard('read', 'Invoice')], loadChildren: () => import('@lumen/portal/orders').then((m) => m.invoicesRoutes) },
  { path: 'after-sales', canActivate: [canGuard('read', 'AfterSales')], loadChildren: () => import('@lumen/portal/after-sales').then((m) => m.afterSalesRoutes) },
  { path: 'cases', canActivate: [canGuard('read', 'Case')], loadChildren: () => import('@lumen/portal/after-sales').then((m) => m.casesRoutes) },
  { path: 'service-desk', canActivate: [canGuard('handle', 'Case')], loadChildren: () => import('@lumen/portal/service-desk').then((m) => m.serviceDeskRoutes) },
  { path: 'catalog-admin', canActivate: [canGuard('read', 'StaffArea')], loadChildren: () => import('@lumen/portal/catalog-admin').then((m) => m.catalogAdminRoutes) },
  { path: 'purchasing', canActivate: [canGuard('read', 'PurchasingControls')], loadChildren: () => import('@lumen/portal/purchasing').then((m) => m.purchasingRoutes) },
  { path: 'approvals', canActivate: [canGuard('approve', 'Approval')], loadChildren: () => import('@lumen/portal/purchasing').then((m) => m.approvalsRoutes) },
  { path: 'dev/mail', canActivate: [canGuard('read', 'StaffArea')], loadComponent: () => import('@lumen/portal/staff').then((m) => m.DevOutboxPage) },
  { path: 'forbidden', data: { page: 'forbidden' }, loadComponent: () => import('./pages/message.page').then((m) => m.MessagePage) },
  { path: '**', data: { page: 'notFound' }, loadComponent: () => import('./pages/message.page').then((m) => m.MessagePage) },
];
