import type { Route } from '@angular/router';
import { provideTranslations } from '@lumen/portal/core';
import { CATALOG_TRANSLATIONS } from './catalog.translations';

/** /catalog: public. Visitors browse without prices; a logged-in caller gets its own. */
export const catalogRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(CATALOG_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./catalog.page').then((m) => m.CatalogPage) },
      { path: ':sku', loadComponent: () => import('./product.page').then((m) => m.ProductPage) },
    ],
  },
];

/** /pricing: staff, behind `canGuard('read', 'PriceSettings')` in the app's routes. */
export const pricingAdminRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(CATALOG_TRANSLATIONS)],
    loadComponent: () => import('./pricing-admin.page').then((m) => m.PricingAdminPage),
  },
];
