import { createHash } from 'node:crypto';
import { type MatrixRows, STAFF } from '../support/matrix';
import type { TestApp } from '../support/test-app';

/** Staff objects belong to no company: these answer one whatever company `$1` is. */
const PRODUCT = `SELECT id FROM products WHERE $1::uuid IS NOT NULL ORDER BY sku LIMIT 1`;
/** A category that holds products: deleting it answers 409 and changes nothing. */
const FULL_CATEGORY = `SELECT id FROM categories WHERE $1::uuid IS NOT NULL AND slug = 'downlights'`;
const IMPORT_REPORT = `SELECT id FROM catalog_imports WHERE $1::uuid IS NOT NULL ORDER BY created_at LIMIT 1`;
/** A 1 × 1 PNG: media are named by content, so the fixture's thumbnail has a name known here. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PIXEL_THUMBNAIL = `${createHash('sha256').update(PIXEL).digest('hex')}-thumbnail.webp`;

/**
 * The catalog-admin routes' rows of the authorization matrix: every staff member reads, only the
 * shop admin writes (`create/update/delete Product` and `Category` through `manage all`); product
 * media are public. Bodiless writes run for real on objects they cannot harm.
 */
export const CATALOG_ADMIN_MATRIX: MatrixRows = {
  rows: {
    'GET /api/staff/products': { allow: STAFF },
    'GET /api/staff/products/:id': { allow: STAFF, objects: { id: PRODUCT } },
    'POST /api/staff/products': { allow: ['shopAdmin'] },
    'PATCH /api/staff/products/:id': { allow: ['shopAdmin'], objects: { id: PRODUCT } },
    'POST /api/staff/products/:id/image': { allow: ['shopAdmin'], objects: { id: PRODUCT } },
    // The first product has no image (the fixture's is on another): removing none changes nothing.
    'DELETE /api/staff/products/:id/image': { allow: ['shopAdmin'], objects: { id: PRODUCT } },
    'POST /api/staff/products/:id/datasheet': { allow: ['shopAdmin'], objects: { id: PRODUCT } },
    'DELETE /api/staff/products/:id/datasheet': { allow: ['shopAdmin'], objects: { id: PRODUCT } },
    'GET /api/media/:name': { allow: 'public', params: { name: PIXEL_THUMBNAIL } },
    'POST /api/staff/products/import': { allow: ['shopAdmin'] },
    'GET /api/staff/product-imports/:id': { allow: STAFF, objects: { id: IMPORT_REPORT } },
    'POST /api/staff/stock-feed': { allow: ['shopAdmin'] },
    'GET /api/staff/products/export.csv': { allow: STAFF },
    'GET /api/staff/products/export.xlsx': { allow: STAFF },
    'GET /api/staff/categories': { allow: STAFF },
    'POST /api/staff/categories': { allow: ['shopAdmin'] },
    'PATCH /api/staff/categories/:id': { allow: ['shopAdmin'], objects: { id: FULL_CATEGORY } },
    'DELETE /api/staff/categories/:id': { allow: ['shopAdmin'], objects: { id: FULL_CATEGORY } },
  },
  /** An image on the last product (for the media route) and a stored dry-run report. */
  async arrange(t: TestApp) {
    const token = await t.http.tokenFor('admin@lumen.test');
    const [product] = await t.sql<{ id: string; sku: string }>(
      `SELECT id, sku FROM products ORDER BY sku DESC LIMIT 1`,
    );
    const image = new FormData();
    image.append('file', new Blob([new Uint8Array(PIXEL)]), 'pixel.png');
    const set = await t.http.post(`/staff/products/${product.id}/image`, image, { token });
    const file = new FormData();
    file.append('file', new Blob([`sku;name\n${product.sku};Matrix`]), 'matrix.csv');
    const dryRun = await t.http.post('/staff/products/import?mode=dry-run', file, { token });
    if (set.status !== 201 || dryRun.status !== 200)
      throw new Error(`catalog-admin matrix fixtures: image ${set.status}, dry run ${dryRun.status} ${dryRun.text}`);
  },
};
