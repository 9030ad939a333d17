import type { MatrixRows } from '../support/matrix';

/** The purchasing-controls routes' rows of the authorization matrix. */
export const PURCHASING_MATRIX: MatrixRows = {
  rows: {},
};
