import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError } from '@lumen/api/core';
import type { CategoryNode, CategoryRef, ProductDetail, ProductPage, ProductSummary } from '@lumen/shared/contracts';
import { nextTier, normaliseSku, tierUnitPrice } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { CatalogPricing } from './catalog-pricing';
import type { ProductQueryDto } from './dto/product-query.dto';
import type { PriceAudience } from './price-audience';
import { type PreparedQuery, runPrepared } from '@lumen/api/database';
import { buildProductMatch, type ProductMatch } from './product-match';
import { type ProductRow, productColumnsSql, tierDiscountSql, tierParameter, toProductSummary } from './product-row';
import { type RankedMatches, SearchCache } from './search-cache';
import { datasheetUrlOf } from './product-media';
import { correctedQuery, typoFallbackSql } from './typo-fallback';

const DEFAULT_PAGE_SIZE = 24;

interface PageRow extends ProductRow {
  total: string | number;
}

interface DetailRow extends ProductRow {
  next_tier_discount_percent: number;
  description: string;
  keywords: string;
  datasheet: string | null;
  category_path: CategoryRef[];
}

/** A product with its category path and the next tier's discount; its replacement comes in the same answer. */
const PRODUCT_DETAIL: PreparedQuery = {
  name: 'catalog-product-detail',
  text: `SELECT ${productColumnsSql(tierDiscountSql('$2'))}, p.description, p.keywords, p.datasheet,
         (${tierDiscountSql('$3')})::float8 AS next_tier_discount_percent,
         (WITH RECURSIVE path AS (
            SELECT k.id, k.parent_id, k.slug, k.name, k.name_en, 0 AS depth FROM categories k WHERE k.id = p.category_id
            UNION ALL
            SELECT k.id, k.parent_id, k.slug, k.name, k.name_en, path.depth + 1
            FROM categories k JOIN path ON k.id = path.parent_id)
          SELECT json_agg(json_build_object('id', id, 'slug', slug, 'name', name, 'nameEn', name_en)
                          ORDER BY depth DESC) FROM path) AS category_path
       FROM products p JOIN categories c ON c.id = p.category_id
       WHERE p.sku = $1 OR p.sku = (SELECT replacement_sku FROM products WHERE sku = $1)`,
};

/**
 * Rankings of the first pages are cached (20 pages of 24) until the catalog changes
 * (`CatalogChangeListener`) or 30 s pass, whichever comes first.
 */
const SEARCH_CACHE_DEPTH = 480;
const SEARCH_CACHE_ENTRIES = 500;
const SEARCH_CACHE_TTL_MS = 30_000;

/**
 * Browse and search, at most two SQL statements after the auth lookup: the ranking of a
 * search (ids and total; cached briefly, as it is the same for everyone), then the page's
 * products with the caller's tier discount joined in and the domain price rule applied.
 */
@Injectable()
export class CatalogService {
  private readonly searchCache = new SearchCache(SEARCH_CACHE_ENTRIES, SEARCH_CACHE_TTL_MS);
  /** On only while `CatalogChangeListener` hears about catalog changes. */
  private searchCaching = false;
  /** The category tree with counts: the same for everyone, and it costs a pass over all products. */
  private categoryTree: Promise<CategoryNode[]> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pricing: CatalogPricing,
  ) {}

  async search(query: ProductQueryDto, audience: PriceAudience): Promise<ProductPage> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const first = (page - 1) * pageSize;
    const match = buildProductMatch(query, audience);
    if (first + pageSize > SEARCH_CACHE_DEPTH) {
      const { items, total } = await this.deepPage(match, first, pageSize, audience);
      return { items, total, page, pageSize };
    }
    let ranked = this.searchCaching ? this.searchCache.get(match.cacheKey) : undefined;
    if (!ranked) {
      ranked = await this.rank(match);
      if (this.searchCaching) this.searchCache.set(match.cacheKey, ranked);
    }
    const ids = ranked.ids.slice(first, first + pageSize);
    const priced = await this.pricing.priceProductsById(this.dataSource.manager, ids, audience);
    // A product deleted since the ranking simply drops out of the page.
    const items = ids.flatMap((id) => priced.get(id) ?? []);
    const answer: ProductPage = { items, total: ranked.total, page, pageSize };
    if (ranked.didYouMean) answer.didYouMean = ranked.didYouMean;
    return answer;
  }

  /** Forgets every cached ranking: the catalog changed, or tier percentages (price order) did. */
  forgetSearches(): void {
    this.searchCache.clear();
    this.categoryTree = null;
  }

  cacheSearches(enabled: boolean): void {
    this.searchCaching = enabled;
    if (!enabled) this.forgetSearches();
  }

  /**
   * The first SEARCH_CACHE_DEPTH ids in order, and the total, in one statement; a search that
   * finds nothing is retried in the same statement with its misspelt words corrected.
   */
  private async rank(match: ProductMatch): Promise<RankedMatches> {
    const depth = match.params.add(SEARCH_CACHE_DEPTH);
    const fallback = typoFallbackSql(match);
    const [row]: { total: string | number; ids: string[] | null; corrections: (string | null)[] | null }[] =
      await this.dataSource.query(
        `WITH page_tier AS (SELECT ${tierDiscountSql(match.tierParam)} AS discount),
         matches AS MATERIALIZED (${match.matchesSql}),
         ${fallback ? fallback.ctes : 'chosen AS (SELECT * FROM matches)'},
         ranked AS (SELECT p.id FROM chosen p CROSS JOIN page_tier ORDER BY ${match.orderBySql} LIMIT ${depth})
         SELECT (SELECT count(*) FROM chosen) AS total, (SELECT array_agg(id) FROM ranked) AS ids,
           ${fallback ? fallback.corrections : 'NULL'} AS corrections`,
        match.params.values,
      );
    const ranked: RankedMatches = { total: Number(row.total), ids: row.ids ?? [] };
    if (row.corrections) ranked.didYouMean = correctedQuery(match.words, row.corrections);
    return ranked;
  }

  /**
   * Pages beyond the cached depth: one statement for total and page together; the LEFT
   * JOIN keeps the total when the page is past the end.
   */
  private async deepPage(
    match: ProductMatch,
    first: number,
    pageSize: number,
    audience: PriceAudience,
  ): Promise<{ items: ProductSummary[]; total: number }> {
    const { params } = match;
    const limit = params.add(pageSize);
    const offset = params.add(first);
    const rows: PageRow[] = await this.dataSource.query(
      `WITH page_tier AS (SELECT ${tierDiscountSql(match.tierParam)} AS discount),
       matches AS MATERIALIZED (${match.matchesSql}),
       page_ids AS (
         SELECT p.id, row_number() OVER (ORDER BY ${match.orderBySql}) AS position
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
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.filter((row) => row.id !== null).map((row) => toProductSummary(row, audience)),
    };
  }

  /** A product by SKU with its category path and, for end-of-life items, its replacement. */
  async bySku(sku: string, audience: PriceAudience): Promise<ProductDetail> {
    const wanted = normaliseSku(sku);
    const tier = tierParameter(audience);
    const upgrade = tier ? nextTier(tier) : null;
    const rows = await runPrepared<DetailRow>(this.dataSource.manager, PRODUCT_DETAIL, [wanted, tier, upgrade]);
    const row = rows.find((candidate) => candidate.sku === wanted);
    if (!row) throw new AppError(404, 'product_not_found', `No product has article number ${wanted}`);
    const replacement = rows.find((candidate) => candidate.sku === row.replacement_sku);
    const summary = toProductSummary(row, audience);
    const detail: ProductDetail = {
      ...summary,
      description: row.description,
      keywords: row.keywords.split(' ').filter(Boolean),
      categoryPath: row.category_path,
      replacement: replacement ? toProductSummary(replacement, audience) : null,
      datasheetUrl: datasheetUrlOf(row.datasheet),
    };
    if (upgrade && summary.price && !row.net_priced) {
      const unitPriceOre = tierUnitPrice(summary.price.listPriceOre, row.next_tier_discount_percent, false);
      detail.nextTier = { tier: upgrade, unitPriceOre, savingOre: summary.price.unitPriceOre - unitPriceOre };
    }
    return detail;
  }

  /**
   * The whole category tree with product counts (sub-categories included), in one statement,
   * kept until the catalog changes.
   */
  categories(): Promise<CategoryNode[]> {
    if (!this.searchCaching) return this.loadCategories();
    const tree = (this.categoryTree ??= this.loadCategories());
    // A failed load is not kept: the next request tries again.
    tree.catch(() => {
      if (this.categoryTree === tree) this.categoryTree = null;
    });
    return tree;
  }

  private async loadCategories(): Promise<CategoryNode[]> {
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
      (node.productCount += node.children.reduce((sum, child) => sum + addChildCounts(child), 0));
    roots.forEach(addChildCounts);
    return roots;
  }
}
