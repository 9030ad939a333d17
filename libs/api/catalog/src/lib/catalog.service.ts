import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@lumen/api/core';
import type {
  CategoryNode,
  CategoryRef,
  ProductDetail,
  ProductPage,
  ProductSort,
} from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import type { ProductQueryDto } from './dto/product-query.dto';
import type { PriceAudience } from './price-audience';
import {
  type ProductRow,
  productColumnsSql,
  tierDiscountSql,
  tierParameter,
  toProductSummary,
} from './product-row';

export const DEFAULT_PAGE_SIZE = 24;

/** Collects positional parameters while a query is assembled: `add(v)` returns `$n`. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The customer's effective unit price for ordering only; displayed prices come from the domain rule. */
const EFFECTIVE_PRICE_SQL = `CASE WHEN p.net_priced THEN p.list_price_ore
  ELSE p.list_price_ore * (100 - page_tier.discount) END`;

interface PageRow extends ProductRow {
  total: string | number;
}

interface DetailRow extends ProductRow {
  description: string;
  keywords: string;
  category_path: CategoryRef[];
}

/**
 * Browse and search. Every catalog request is one SQL statement after the auth lookup:
 * matches, total, page and the caller's tier discount come back together, and the price
 * rule is applied to the page's rows in memory.
 */
@Injectable()
export class CatalogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(
    query: ProductQueryDto,
    audience: PriceAudience,
  ): Promise<ProductPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const q = (query.q ?? '').replace(/\s+/g, ' ').trim();
    const sort: ProductSort = query.sort ?? (q ? 'relevance' : 'name');
    if ((sort === 'price_asc' || sort === 'price_desc') && audience === null)
      throw AppError.invalidField(
        'sort',
        'login_required',
        'Log in as a business customer to sort by price',
      );

    const params = new Params();
    const tier = params.add(tierParameter(audience));
    const where: string[] = [];
    let relevance = 'p.name, p.sku';
    if (q) {
      const upper = q.toUpperCase();
      const skuPrefix = params.add(`${escapeLike(upper)}%`);
      const terms = q
        .toLowerCase()
        .split(' ')
        .map(
          (term) => `p.search_text LIKE ${params.add(`%${escapeLike(term)}%`)}`,
        );
      where.push(`(p.sku LIKE ${skuPrefix} OR (${terms.join(' AND ')}))`);
      // Exact article number first, then SKU prefix, then names that start with the text.
      if (sort === 'relevance')
        relevance = `p.sku = ${params.add(upper)} DESC, p.sku LIKE ${skuPrefix} DESC,
          p.name ILIKE ${params.add(`${escapeLike(q)}%`)} DESC, p.name, p.sku`;
    }
    if (query.category)
      where.push(`p.category_id IN (
        WITH RECURSIVE subtree AS (
          SELECT id FROM categories WHERE slug = ${params.add(query.category)}
          UNION ALL SELECT child.id FROM categories child JOIN subtree ON child.parent_id = subtree.id)
        SELECT id FROM subtree)`);
    if (query.minWattage !== undefined)
      where.push(`p.wattage >= ${params.add(query.minWattage)}`);
    if (query.maxWattage !== undefined)
      where.push(`p.wattage <= ${params.add(query.maxWattage)}`);
    if (query.minLumen !== undefined)
      where.push(`p.lumen >= ${params.add(query.minLumen)}`);
    if (query.maxLumen !== undefined)
      where.push(`p.lumen <= ${params.add(query.maxLumen)}`);
    if (query.colourTemperatureK !== undefined)
      where.push(
        `p.colour_temperature_k = ${params.add(query.colourTemperatureK)}`,
      );
    if (query.minCri !== undefined)
      where.push(`p.cri >= ${params.add(query.minCri)}`);
    if (query.ipRating) {
      // "At least IP44": both digits at least as high (solids, then water).
      const solids = params.add(query.ipRating[2]);
      const water = params.add(query.ipRating[3]);
      where.push(
        `substr(p.ip_rating, 3, 1) BETWEEN ${solids} AND '9' AND substr(p.ip_rating, 4, 1) BETWEEN ${water} AND '9'`,
      );
    }
    if (query.dimmable !== undefined)
      where.push(`p.dimmable = ${params.add(query.dimmable)}`);
    if (query.stockStatus)
      where.push(`p.stock_status = ${params.add(query.stockStatus)}`);
    if (query.includeEndOfLife === false) where.push(`p.lifecycle = 'active'`);

    const orderBy: Record<ProductSort, string> = {
      relevance,
      name: 'p.name, p.sku',
      sku: 'p.sku',
      price_asc: `${EFFECTIVE_PRICE_SQL}, p.sku`,
      price_desc: `${EFFECTIVE_PRICE_SQL} DESC, p.sku`,
    };
    const limit = params.add(pageSize);
    const offset = params.add((page - 1) * pageSize);
    // Only the sort keys are materialised; the 24 rows of the page are joined back in full.
    const matches = `SELECT p.id, p.sku, p.name, p.list_price_ore, p.net_priced FROM products p
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;

    // One statement: the total and the page share the match set; the LEFT JOIN keeps the
    // total when the page is past the end. The tier discount is read once (page_tier).
    const rows: PageRow[] = await this.dataSource.query(
      `WITH page_tier AS (SELECT ${tierDiscountSql(tier)} AS discount),
       matches AS MATERIALIZED (${matches}),
       page_ids AS (
         SELECT p.id, row_number() OVER (ORDER BY ${orderBy[sort]}) AS position
         FROM matches p CROSS JOIN page_tier
         ORDER BY position LIMIT ${limit} OFFSET ${offset})
       SELECT (SELECT count(*) FROM matches) AS total, page.*
       FROM (SELECT 1) AS always
       LEFT JOIN (
         SELECT ${productColumnsSql('page_tier.discount')}, ids.position
         FROM page_ids ids JOIN products p ON p.id = ids.id
         JOIN categories c ON c.id = p.category_id CROSS JOIN page_tier) page ON true
       ORDER BY page.position`,
      params.values,
    );
    const total = Number(rows[0]?.total ?? 0);
    return {
      items: rows
        .filter((row) => row.id !== null)
        .map((row) => toProductSummary(row, audience)),
      total,
      page,
      pageSize,
    };
  }

  /** A product by SKU with its category path and, for end-of-life items, its replacement. */
  async bySku(sku: string, audience: PriceAudience): Promise<ProductDetail> {
    const wanted = sku.trim().toUpperCase();
    const rows: DetailRow[] = await this.dataSource.query(
      `SELECT ${productColumnsSql(tierDiscountSql('$2'))}, p.description, p.keywords,
         (WITH RECURSIVE path AS (
            SELECT k.id, k.parent_id, k.slug, k.name, k.name_en, 0 AS depth FROM categories k WHERE k.id = p.category_id
            UNION ALL
            SELECT k.id, k.parent_id, k.slug, k.name, k.name_en, path.depth + 1
            FROM categories k JOIN path ON k.id = path.parent_id)
          SELECT json_agg(json_build_object('id', id, 'slug', slug, 'name', name, 'nameEn', name_en)
                          ORDER BY depth DESC) FROM path) AS category_path
       FROM products p JOIN categories c ON c.id = p.category_id
       WHERE p.sku = $1 OR p.sku = (SELECT replacement_sku FROM products WHERE sku = $1)`,
      [wanted, tierParameter(audience)],
    );
    const row = rows.find((candidate) => candidate.sku === wanted);
    if (!row)
      throw new AppError(
        404,
        'product_not_found',
        `No product has article number ${wanted}`,
      );
    const replacement = rows.find(
      (candidate) => candidate.sku === row.replacement_sku,
    );
    return {
      ...toProductSummary(row, audience),
      description: row.description,
      keywords: row.keywords.split(' ').filter(Boolean),
      categoryPath: row.category_path,
      replacement: replacement ? toProductSummary(replacement, audience) : null,
    };
  }

  /** The whole category tree with product counts (sub-categories included), in one statement. */
  async categories(): Promise<CategoryNode[]> {
    const rows: {
      id: string;
      parent_id: string | null;
      slug: string;
      name: string;
      name_en: string;
      direct: string | number;
    }[] = await this.dataSource.query(
      `SELECT c.id, c.parent_id, c.slug, c.name, c.name_en, coalesce(n.direct, 0) AS direct
       FROM categories c
       LEFT JOIN (SELECT category_id, count(*) AS direct FROM products GROUP BY category_id) n
         ON n.category_id = c.id
       ORDER BY c.sort_order, c.name`,
    );
    const nodes = new Map<string, CategoryNode>(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          parentId: row.parent_id,
          slug: row.slug,
          name: row.name,
          nameEn: row.name_en,
          productCount: Number(row.direct),
          children: [],
        },
      ]),
    );
    const roots: CategoryNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.parentId ? nodes.get(node.parentId) : undefined;
      if (parent) parent.children.push(node);
      else roots.push(node);
    }
    const addChildCounts = (node: CategoryNode): number =>
      (node.productCount += node.children.reduce(
        (sum, child) => sum + addChildCounts(child),
        0,
      ));
    roots.forEach(addChildCounts);
    return roots;
  }
}
