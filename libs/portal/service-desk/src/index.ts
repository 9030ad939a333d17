import type { Route } from '@angular/router';

/** Under /service-desk: the staff's case queue and after-sales decisions. */
export const serviceDeskRoutes: Route[] = [];
