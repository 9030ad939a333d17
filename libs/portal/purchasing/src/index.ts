import type { Route } from '@angular/router';
import { COMPANY_TRANSLATIONS } from '@lumen/portal/company';
import { provideTranslations } from '@lumen/portal/core';
import { PURCHASING_TRANSLATIONS } from './lib/purchasing.translations';

export { PURCHASING_TRANSLATIONS } from './lib/purchasing.translations';
export { ApprovalsHeaderIcon } from './lib/approvals-header-icon';
export { ApprovalSteps } from './lib/approval-steps';

/** Under /purchasing: the company's approval rules and budgets. */
export const purchasingRoutes: Route[] = [
  {
    path: '',
    // The company pages' names of the built-in roles, which the rules' forms list.
    providers: [provideTranslations(PURCHASING_TRANSLATIONS), provideTranslations(COMPANY_TRANSLATIONS)],
    loadComponent: () => import('./lib/purchasing.page').then((m) => m.PurchasingPage),
  },
];
/** Under /approvals: the orders waiting for the caller's approval, and one approval (the e-mail's link). */
export const approvalsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(PURCHASING_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./lib/approvals.page').then((m) => m.ApprovalsPage) },
      { path: ':id', loadComponent: () => import('./lib/approval.page').then((m) => m.ApprovalPage) },
    ],
  },
];
export { CheckoutPurchasing } from './lib/checkout-purchasing';
export { PurchasingApi } from './lib/purchasing.api';
