import { Injectable } from '@nestjs/common';
import type {
  LoyaltyTier,
  QuickOrderProduct,
  StockStatus,
} from '@lumen/shared/contracts';
import { priceView } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** Unknown SKUs beyond this many get no suggestions: a file of typos needs fixing, not 100,000 guesses. */
export const MAX_SKUS_WITH_SUGGESTIONS = 500;
/** Trigram similarity below which a "suggestion" would only confuse. */
const MIN_SUGGESTION_SIMILARITY = 0.2;

interface LookupRow {
  kind: 'found' | 'replacement' | 'suggestion';
  input_sku: string;
  distance: number;
  id: string;
  sku: string;
  name: string;
  stock_status: StockStatus;
  stock_date: string | null;
  bulky: boolean;
  net_priced: boolean;
  lifecycle: 'active' | 'end_of_life';
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
 * price, the replacements of end-of-life ones, and trigram-nearest suggestions for unknown
 * SKUs (GiST KNN, three each). The round trips do not grow with the number of lines.
 */
@Injectable()
export class QuickOrderLookupQuery {
  async lookup(
    manager: EntityManager,
    skus: readonly string[],
    tier: LoyaltyTier,
  ): Promise<QuickOrderLookup> {
    const result: QuickOrderLookup = {
      found: new Map(),
      replacements: new Map(),
      suggestions: new Map(),
    };
    if (skus.length === 0) return result;
    const rows: LookupRow[] = await manager.query(
      `WITH input AS (SELECT DISTINCT unnest($1::text[]) AS sku),
       found AS (SELECT i.sku AS input_sku, p.id, p.replacement_sku
                 FROM input i JOIN products p ON p.sku = i.sku),
       unknown AS (SELECT i.sku FROM input i
                   WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.sku = i.sku)
                   ORDER BY i.sku LIMIT $3),
       refs AS (
         SELECT 'found' AS kind, f.input_sku, f.id, 0::float8 AS distance FROM found f
         UNION ALL
         SELECT 'replacement', f.input_sku, r.id, 0::float8
         FROM found f JOIN products r ON r.sku = f.replacement_sku AND r.lifecycle = 'active'
         UNION ALL
         SELECT 'suggestion', u.sku, s.id, s.distance
         FROM unknown u CROSS JOIN LATERAL (
           SELECT near.id, near.distance FROM (
             SELECT p.id, p.sku, (p.sku <-> u.sku)::float8 AS distance FROM products p WHERE p.lifecycle = 'active'
             ORDER BY p.sku <-> u.sku, p.sku LIMIT 3
           ) near
           WHERE similarity(near.sku, u.sku) >= $4
         ) s
       )
       SELECT refs.kind, refs.input_sku, refs.distance, p.id, p.sku, p.name, p.stock_status,
              to_char(p.stock_date, 'YYYY-MM-DD') AS stock_date, p.bulky, p.net_priced,
              p.lifecycle, p.replacement_sku, p.list_price_ore,
              coalesce((SELECT d.discount_percent::float8 FROM tier_discounts d WHERE d.tier = $2), 0)
                AS tier_discount_percent
       FROM refs JOIN products p ON p.id = refs.id`,
      [skus, tier, MAX_SKUS_WITH_SUGGESTIONS, MIN_SUGGESTION_SIMILARITY],
    );
    const suggestions = new Map<string, { product: QuickOrderProduct; distance: number }[]>();
    for (const row of rows) {
      const product = toProduct(row, tier);
      if (row.kind === 'found') result.found.set(row.input_sku, product);
      else if (row.kind === 'replacement')
        result.replacements.set(row.input_sku, product);
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
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    stockStatus: row.stock_status,
    stockDate: row.stock_date,
    bulky: row.bulky,
    endOfLife: row.lifecycle === 'end_of_life',
    replacementSku: row.replacement_sku,
    // THE price rule of @lumen/shared/domain, as the catalog applies it.
    price: priceView(
      Number(row.list_price_ore),
      row.net_priced,
      tier,
      row.tier_discount_percent,
    ),
  };
}
