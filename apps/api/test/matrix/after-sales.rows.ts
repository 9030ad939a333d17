import type { MatrixRows } from '../support/matrix';

/** The after-sales routes' rows of the authorization matrix. */
export const AFTER_SALES_MATRIX: MatrixRows = {
  rows: {},
};
