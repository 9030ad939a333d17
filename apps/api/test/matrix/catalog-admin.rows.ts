import type { MatrixRows } from '../support/matrix';

/** The catalog-admin routes' rows of the authorization matrix. */
export const CATALOG_ADMIN_MATRIX: MatrixRows = {
  rows: {},
};
