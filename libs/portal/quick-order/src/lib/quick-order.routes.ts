import type { Route } from '@angular/router';
import { provideTranslations } from '@lumen/portal/core';
import { CART_TRANSLATIONS } from '@lumen/portal/cart';
import { QUICK_ORDER_TRANSLATIONS } from './quick-order.translations';

/** Under /quick-order, behind `canGuard('use', 'QuickOrder')` in the app's routes. */
export const quickOrderRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(QUICK_ORDER_TRANSLATIONS), provideTranslations(CART_TRANSLATIONS)],
    loadComponent: () => import('./quick-order.page').then((m) => m.QuickOrderPage),
  },
];
