import {
  CATALOG_IMPORT_TTL_HOURS,
  type CatalogImportField,
  type CatalogImportMode,
  type CatalogImportReportLine,
  type CatalogImportSummary,
} from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pgArray } from './pg-array';
import type { ProductFields } from './staff-product-row';

export interface StoredImport {
  id: string;
  mode: CatalogImportMode;
  applied: boolean;
  file_name: string;
  columns: CatalogImportField[];
  expires_at: Date;
  summary: CatalogImportSummary;
  lines: CatalogImportReportLine[];
}

/** The import's set-based SQL: the catalog a file is judged against, and its stored report. */
export class CatalogImportQuery {
  /**
   * The products of these SKUs, their editable fields only (a file compares nothing else), in
   * one statement, named as `ProductFields` already: 100,000 rows are not copied once more.
   */
  productsBySku(manager: EntityManager, skus: readonly string[]): Promise<ProductFields[]> {
    return manager.query(
      `SELECT p.sku, p.name, p.description, p.keywords, p.category_id AS "categoryId", p.brand,
         p.list_price_ore AS "listPriceOre", p.wattage::float8 AS wattage, p.lumen,
         p.colour_temperature_k AS "colourTemperatureK", p.cri, p.ip_rating AS "ipRating", p.beam_angle AS "beamAngle",
         p.dimmable, p.stock_status AS "stockStatus", to_char(p.stock_date, 'YYYY-MM-DD') AS "stockDate", p.bulky,
         p.net_priced AS "netPriced", p.lifecycle, p.replacement_sku AS "replacementSku"
       FROM products p WHERE p.sku = ANY($1::text[])`,
      [pgArray(skus)],
    );
  }

  async productCount(manager: EntityManager): Promise<number> {
    const [row]: { count: number }[] = await manager.query(`SELECT count(*)::int AS count FROM products`);
    return row.count;
  }

  async categoryIdsBySlug(manager: EntityManager): Promise<Map<string, string>> {
    const rows: { id: string; slug: string }[] = await manager.query(`SELECT id, slug FROM categories`);
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  /**
   * Stores a report: the lines one gzipped JSON value (fast to write, read whole to page),
   * kept CATALOG_IMPORT_TTL_HOURS; expired reports of anyone go in the same statement.
   */
  async store(
    manager: EntityManager,
    userId: string,
    report: Omit<StoredImport, 'id' | 'expires_at'>,
  ): Promise<{ id: string; expires_at: Date }> {
    const lines = gzipSync(JSON.stringify(report.lines), { level: 1 });
    const [row]: { id: string; expires_at: Date }[] = await manager.query(
      `WITH expired AS (DELETE FROM catalog_imports WHERE expires_at < now())
       INSERT INTO catalog_imports (expires_at, user_id, mode, applied, file_name, columns, summary, lines_gzip)
       VALUES (now() + make_interval(hours => $1), $2, $3, $4, $5, $6, $7, $8) RETURNING id, expires_at`,
      [
        CATALOG_IMPORT_TTL_HOURS,
        userId,
        report.mode,
        report.applied,
        report.file_name,
        report.columns,
        report.summary,
        lines,
      ],
    );
    return row;
  }

  async load(manager: EntityManager, id: string): Promise<StoredImport | undefined> {
    const [row]: (Omit<StoredImport, 'lines'> & { lines_gzip: Buffer })[] = await manager.query(
      `SELECT id, mode, applied, file_name, columns, expires_at, summary, lines_gzip
       FROM catalog_imports WHERE id = $1 AND expires_at > now()`,
      [id],
    );
    if (!row) return undefined;
    const { lines_gzip, ...rest } = row;
    return { ...rest, lines: JSON.parse(gunzipSync(lines_gzip).toString('utf8')) };
  }
}
