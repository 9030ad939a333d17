import type { Route } from '@angular/router';
import { provideTranslations } from '@lumen/portal/core';
import { CART_TRANSLATIONS } from './cart.translations';

/** Under /cart, behind `canGuard('use', 'Cart')` in the app's routes. */
export const cartRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(CART_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./cart.page').then((m) => m.CartPage) },
      { path: 'checkout', loadComponent: () => import('./checkout.page').then((m) => m.CheckoutPage) },
    ],
  },
];
