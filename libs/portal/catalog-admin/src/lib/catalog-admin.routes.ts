import type { Route } from '@angular/router';
import { CATALOG_TRANSLATIONS } from '@lumen/portal/catalog';
import { provideTranslations } from '@lumen/portal/core';
import { CATALOG_ADMIN_TRANSLATIONS } from './catalog-admin.translations';

/**
 * Under /catalog-admin, behind `canGuard('read', 'StaffArea')` in the app's routes: every staff
 * member reads; the pages offer writing only to those who may `update Product` (the shop admin).
 */
export const catalogAdminRoutes: Route[] = [
  {
    path: '',
    // Stock statuses read as the catalog words them.
    providers: [provideTranslations(CATALOG_ADMIN_TRANSLATIONS), provideTranslations(CATALOG_TRANSLATIONS)],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'products' },
      { path: 'products', loadComponent: () => import('./products.page').then((m) => m.CatalogAdminProductsPage) },
      { path: 'products/:id', loadComponent: () => import('./product-editor.page').then((m) => m.ProductEditorPage) },
      {
        path: 'categories',
        loadComponent: () => import('./categories.page').then((m) => m.CatalogAdminCategoriesPage),
      },
      { path: 'import', loadComponent: () => import('./import.page').then((m) => m.CatalogAdminImportPage) },
    ],
  },
];
