import type { Route } from '@angular/router';

/** Under /cases: the company's service cases. */
export const casesRoutes: Route[] = [];
/** Under /after-sales: the company's returns and claims. */
export const afterSalesRoutes: Route[] = [];
