import { escapeLike } from '@lumen/api/core';
import type { StaffProductQuery } from '@lumen/shared/contracts';
import type { ReplacementNode } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import { STAFF_PRODUCT_COLUMNS, type StaffProductRow } from './staff-product-row';

/** A category and everything below it, by slug (`$n`). */
const categorySubtreeSql = (slugParam: string) => `(
  WITH RECURSIVE subtree AS (
    SELECT id FROM categories WHERE slug = ${slugParam}
    UNION ALL SELECT child.id FROM categories child JOIN subtree ON child.parent_id = subtree.id)
  SELECT id FROM subtree)`;

/** The replacement graph around some products: what they point at and what points at them. */
export interface GraphRow {
  sku: string;
  lifecycle: ReplacementNode['lifecycle'];
  replacement_sku: string | null;
}

/** The back office's reads of products: its list, one product, the replacement graph near a change. */
export class StaffProductReadQuery {
  /** A page of the staff list with its total, in one statement. */
  async page(
    manager: EntityManager,
    query: StaffProductQuery,
    page: number,
    pageSize: number,
  ): Promise<{ rows: StaffProductRow[]; total: number }> {
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where: string[] = [];
    const q = (query.q ?? '').replace(/\s+/g, ' ').trim();
    if (q) {
      const words = q
        .toLowerCase()
        .split(' ')
        .map((word) => `p.search_text LIKE ${param(`%${escapeLike(word)}%`)}`);
      where.push(`(p.sku LIKE ${param(`${escapeLike(q.toUpperCase())}%`)} OR (${words.join(' AND ')}))`);
    }
    if (query.category) where.push(`p.category_id IN ${categorySubtreeSql(param(query.category))}`);
    if (query.lifecycle) where.push(`p.lifecycle = ${param(query.lifecycle)}`);
    if (query.stockStatus) where.push(`p.stock_status = ${param(query.stockStatus)}`);
    // The LEFT JOIN keeps the total on a page past the end.
    const rows: (StaffProductRow & { total: number })[] = await manager.query(
      `WITH matches AS MATERIALIZED (
         SELECT p.id, p.sku FROM products p ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
       SELECT (SELECT count(*) FROM matches)::int AS total, page.*
       FROM (SELECT 1) AS always
       LEFT JOIN (
         SELECT ${STAFF_PRODUCT_COLUMNS} FROM matches m JOIN products p ON p.id = m.id
         JOIN categories c ON c.id = p.category_id
         ORDER BY m.sku LIMIT ${param(pageSize)} OFFSET ${param((page - 1) * pageSize)}) page ON true
       ORDER BY page.sku`,
      values,
    );
    return { rows: rows.filter((row) => row.id !== null), total: rows[0]?.total ?? 0 };
  }

  /** One product, locked for the transaction's change when `lock`. */
  async byId(manager: EntityManager, id: string, lock = false): Promise<StaffProductRow | undefined> {
    const [row]: StaffProductRow[] = await manager.query(
      `SELECT ${STAFF_PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id
       WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
      [id],
    );
    return row;
  }

  /**
   * The products `skus` point at, and the end-of-life products that point at `skus`: all a
   * change of those products needs to check the replacement graph. Chains beyond are walked
   * by following `replacement_sku` through the same answer (an active product ends a chain).
   */
  async graphAround(manager: EntityManager, skus: readonly string[], targets: readonly string[]): Promise<GraphRow[]> {
    return manager.query(
      `WITH RECURSIVE chain AS (
         SELECT sku, lifecycle, replacement_sku FROM products WHERE sku = ANY($2::text[])
         UNION
         SELECT p.sku, p.lifecycle, p.replacement_sku FROM products p JOIN chain ON p.sku = chain.replacement_sku)
       SELECT sku, lifecycle, replacement_sku FROM chain
       UNION
       SELECT sku, lifecycle, replacement_sku FROM products WHERE replacement_sku = ANY($1::text[])`,
      [skus, targets],
    );
  }
}
