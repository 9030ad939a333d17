import type { Route } from '@angular/router';
import { provideTranslations } from '@lumen/portal/core';
import { CART_TRANSLATIONS } from '@lumen/portal/cart';
import { ORDERS_TRANSLATIONS } from './orders.translations';

/** Under /orders, behind `canGuard('read', 'Order')` in the app's routes. */
export const ordersRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(ORDERS_TRANSLATIONS), provideTranslations(CART_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./orders.page').then((m) => m.OrdersPage) },
      { path: ':id', loadComponent: () => import('./order.page').then((m) => m.OrderPage) },
    ],
  },
];

/** Under /invoices, behind `canGuard('read', 'Invoice')`: the company's invoices and credit notes. */
export const invoicesRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(ORDERS_TRANSLATIONS)],
    loadComponent: () => import('./invoices.page').then((m) => m.InvoicesPage),
  },
];
