import { Injectable } from '@nestjs/common';
import { tierDiscountSql } from '@lumen/api/catalog';
import type { LoyaltyTier, ProductLifecycle, QuickOrderProduct, StockStatus } from '@lumen/shared/contracts';
import { priceView } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** Unknown SKUs beyond this many get no suggestions: a file of typos needs fixing, not 100,000 guesses. */
const MAX_SKUS_WITH_SUGGESTIONS = 500;
/** Trigram similarity below which a "suggestion" would only confuse. */
const MIN_SUGGESTION_SIMILARITY = 0.2;
/** SKUs taken on each side of an unknown one in sort order, as candidates. */
const SORT_NEIGHBOURS = 3;
/** At most this many SKUs ending in the same three characters are ranked (bounds the work per line). */
const SAME_ENDING_CANDIDATES = 50;

/** What the report shows of a product; `p` is products. */
const PRODUCT_COLUMNS = `p.sku, p.name, p.stock_status, to_char(p.stock_date, 'YYYY-MM-DD') AS stock_date,
  p.bulky, p.net_priced, p.lifecycle, p.replacement_sku, p.list_price_ore`;

interface LookupRow {
  kind: 'found' | 'replacement' | 'suggestion';
  input_sku: string;
  distance: number;
  sku: string;
  name: string;
  stock_status: StockStatus;
  stock_date: string | null;
  bulky: boolean;
  net_priced: boolean;
  lifecycle: ProductLifecycle;
  replacement_sku: string | null;
  list_price_ore: number | string;
  tier_discount_percent: number;
}

export interface QuickOrderLookup {
  /** Found products by their SKU. */
  found: Map<string, QuickOrderProduct>;
  /** For an end-of-life SKU: its orderable replacement. */
  replacements: Map<string, QuickOrderProduct>;
  /** For an unknown SKU: up to three close, orderable products, closest first. */
  suggestions: Map<string, QuickOrderProduct[]>;
}

/**
 * Looks up every SKU of a quick order in ONE statement: the products at the caller's tier
 * price, the replacements of end-of-life ones, and the three most similar (pg_trgm) orderable
 * SKUs for each unknown one. The round trips do not grow with the number of lines.
 */
@Injectable()
export class QuickOrderLookupQuery {
  async lookup(manager: EntityManager, skus: readonly string[], tier: LoyaltyTier): Promise<QuickOrderLookup> {
    const result: QuickOrderLookup = {
      found: new Map(),
      replacements: new Map(),
      suggestions: new Map(),
    };
    if (skus.length === 0) return result;
    const rows: LookupRow[] = await manager.query(
      `WITH input AS (SELECT DISTINCT unnest($1::text[]) AS sku),
       found AS MATERIALIZED (
         SELECT ${PRODUCT_COLUMNS} FROM products p JOIN input i ON i.sku = p.sku
       ),
       unknown AS (
         SELECT i.sku FROM input i
         WHERE NOT EXISTS (SELECT 1 FROM found f WHERE f.sku = i.sku)
         ORDER BY i.sku LIMIT $3
       ),
       rows AS (
         SELECT 'found' AS kind, f.sku AS input_sku, 0::float8 AS distance, f.* FROM found f
         UNION ALL
         SELECT 'replacement', f.sku, 0::float8, r.*
         FROM found f
         CROSS JOIN LATERAL (
           SELECT ${PRODUCT_COLUMNS} FROM products p
           WHERE p.sku = f.replacement_sku AND p.lifecycle = 'active'
         ) r
         WHERE f.lifecycle = 'end_of_life'
         UNION ALL
         SELECT 'suggestion', u.sku, s.distance, p.sku, p.name, p.stock_status,
                to_char(p.stock_date, 'YYYY-MM-DD'), p.bulky, p.net_priced, p.lifecycle,
                p.replacement_sku, p.list_price_ore
         FROM unknown u CROSS JOIN LATERAL (
           -- Candidates share all but the last two characters, or all but the first two
           -- (a btree range each, over sku and reverse(sku)); pg_trgm similarity ranks them.
           -- A KNN scan of a trigram index over 100,000 SKUs costs ~25 ms per SKU; this < 1 ms.
           -- A number that matches neither range (LT-9999 where the SKUs run LT-10000…) still
           -- meets its neighbours: the SKUs sorting right before and after it, and those ending
           -- in its last three characters — each a bounded index range, so a file of typos
           -- costs the same few index probes per line.
           SELECT c.id, 1 - similarity(c.sku, u.sku) AS distance FROM (
             SELECT p.id, p.sku, p.lifecycle FROM products p
             WHERE p.sku ~>=~ left(u.sku, greatest(length(u.sku) - 2, 2))
               AND p.sku ~<~ (left(u.sku, greatest(length(u.sku) - 2, 2)) || '~')
             UNION
             SELECT p.id, p.sku, p.lifecycle FROM products p
             WHERE reverse(p.sku) ~>=~ left(reverse(u.sku), greatest(length(u.sku) - 2, 2))
               AND reverse(p.sku) ~<~ (left(reverse(u.sku), greatest(length(u.sku) - 2, 2)) || '~')
             UNION
             (SELECT p.id, p.sku, p.lifecycle FROM products p
              WHERE p.sku ~<~ u.sku AND p.lifecycle = 'active' ORDER BY p.sku USING ~>~ LIMIT $5)
             UNION
             (SELECT p.id, p.sku, p.lifecycle FROM products p
              WHERE p.sku ~>~ u.sku AND p.lifecycle = 'active' ORDER BY p.sku USING ~<~ LIMIT $5)
             UNION
             (SELECT p.id, p.sku, p.lifecycle FROM products p
              WHERE length(u.sku) > 3
                AND reverse(p.sku) ~>=~ left(reverse(u.sku), 3)
                AND reverse(p.sku) ~<~ (left(reverse(u.sku), 3) || '~')
                AND p.lifecycle = 'active'
              LIMIT $6)
             OFFSET 0
           ) c
           WHERE c.lifecycle = 'active' AND similarity(c.sku, u.sku) >= $4
           ORDER BY distance, c.sku LIMIT 3
         ) s
         JOIN products p ON p.id = s.id
       )
       SELECT rows.*, (${tierDiscountSql('$2')})::float8 AS tier_discount_percent
       FROM rows`,
      [skus, tier, MAX_SKUS_WITH_SUGGESTIONS, MIN_SUGGESTION_SIMILARITY, SORT_NEIGHBOURS, SAME_ENDING_CANDIDATES],
    );
    const suggestions = new Map<string, { product: QuickOrderProduct; distance: number }[]>();
    for (const row of rows) {
      const product = toProduct(row, tier);
      if (row.kind === 'found') result.found.set(row.input_sku, product);
      else if (row.kind === 'replacement') result.replacements.set(row.input_sku, product);
      else {
        const list = suggestions.get(row.input_sku) ?? [];
        list.push({ product, distance: row.distance });
        suggestions.set(row.input_sku, list);
      }
    }
    for (const [sku, list] of suggestions)
      result.suggestions.set(
        sku,
        list.sort((a, b) => a.distance - b.distance).map((entry) => entry.product),
      );
    return result;
  }
}

function toProduct(row: LookupRow, tier: LoyaltyTier): QuickOrderProduct {
  // THE price rule of @lumen/shared/domain, as the catalog applies it.
  const price = priceView(Number(row.list_price_ore), row.net_priced, tier, row.tier_discount_percent);
  const product: QuickOrderProduct = {
    sku: row.sku,
    name: row.name,
    stockStatus: row.stock_status,
    price: { tier: price.tier, unitPriceOre: price.unitPriceOre, unitPriceInclVatOre: price.unitPriceInclVatOre },
  };
  if (row.stock_date) product.stockDate = row.stock_date;
  if (row.bulky) product.bulky = true;
  if (row.lifecycle === 'end_of_life') product.endOfLife = true;
  if (row.replacement_sku) product.replacementSku = row.replacement_sku;
  return product;
}
