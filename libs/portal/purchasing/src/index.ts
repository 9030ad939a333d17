import type { Route } from '@angular/router';

/** Under /purchasing: the company's approval rules and budgets. */
export const purchasingRoutes: Route[] = [];
/** Under /approvals: the orders waiting for the caller's approval. */
export const approvalsRoutes: Route[] = [];
