import { Injectable } from '@nestjs/common';
import type { ProductSummary, TierDiscounts } from '@lumen/shared/contracts';
import { LOYALTY_TIERS } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { type PreparedQuery, runPrepared } from '@lumen/api/database';
import type { PriceAudience } from './price-audience';
import { type ProductRow, productColumnsSql, tierDiscountSql, tierParameter, toProductSummary } from './product-row';

const productsWhere = (name: string, where: string): PreparedQuery => ({
  name,
  text: `SELECT ${productColumnsSql(tierDiscountSql('$2'))}
    FROM products p JOIN categories c ON c.id = p.category_id
    WHERE ${where}`,
});
const BY_SKU = productsWhere('catalog-products-by-sku', 'p.sku = ANY($1::text[])');
const BY_ID = productsWhere('catalog-products-by-id', 'p.id = ANY($1::uuid[])');

/**
 * Prices products for a caller, set-based: one SQL statement for any number of products,
 * the tier discount joined in, the rule of `@lumen/shared/domain` applied to each row.
 * Lists, quotes, quick order and the cart use this so every price a customer sees agrees.
 */
@Injectable()
export class CatalogPricing {
  /** Products by SKU (exact, case-sensitive as stored), keyed by SKU; unknown SKUs are absent. */
  async priceProductsBySku(
    manager: EntityManager,
    skus: readonly string[],
    audience: PriceAudience,
  ): Promise<Map<string, ProductSummary>> {
    const rows = await this.load(manager, BY_SKU, [...new Set(skus)], audience);
    return new Map(rows.map((row) => [row.sku, toProductSummary(row, audience)]));
  }

  /** Products by id, keyed by id; unknown ids are absent. */
  async priceProductsById(
    manager: EntityManager,
    ids: readonly string[],
    audience: PriceAudience,
  ): Promise<Map<string, ProductSummary>> {
    const rows = await this.load(manager, BY_ID, [...new Set(ids)], audience);
    return new Map(rows.map((row) => [row.id, toProductSummary(row, audience)]));
  }

  /** The three tier percentages, as the shop admin last set them. */
  async tierDiscounts(manager: EntityManager): Promise<TierDiscounts> {
    const rows: { tier: keyof TierDiscounts; discount_percent: number }[] = await manager.query(
      `SELECT tier, discount_percent::float8 AS discount_percent FROM tier_discounts`,
    );
    const byTier = new Map(rows.map((row) => [row.tier, row.discount_percent]));
    return Object.fromEntries(LOYALTY_TIERS.map((tier) => [tier, byTier.get(tier) ?? 0])) as TierDiscounts;
  }

  private async load(
    manager: EntityManager,
    query: PreparedQuery,
    keys: string[],
    audience: PriceAudience,
  ): Promise<ProductRow[]> {
    if (keys.length === 0) return [];
    return runPrepared<ProductRow>(manager, query, [keys, tierParameter(audience)]);
  }
}
