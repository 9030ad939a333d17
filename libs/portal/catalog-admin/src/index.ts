import type { Route } from '@angular/router';

/** Under /catalog-admin: the shop's products, categories, import and stock feed. */
export const catalogAdminRoutes: Route[] = [];
