import type { MatrixRows } from '../support/matrix';
import { AFTER_SALES_MATRIX } from './after-sales.rows';
import { CATALOG_ADMIN_MATRIX } from './catalog-admin.rows';
import { PURCHASING_MATRIX } from './purchasing.rows';
import { SERVICE_DESK_MATRIX } from './service-desk.rows';

/** Every feature's rows beside the core table in authorization-matrix.spec.ts. */
export const FEATURE_MATRICES: readonly MatrixRows[] = [
  AFTER_SALES_MATRIX,
  SERVICE_DESK_MATRIX,
  CATALOG_ADMIN_MATRIX,
  PURCHASING_MATRIX,
];
