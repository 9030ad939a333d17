import type { MatrixRows } from '../support/matrix';

/** The service-desk routes' rows of the authorization matrix. */
export const SERVICE_DESK_MATRIX: MatrixRows = {
  rows: {},
};
