import { Injectable } from '@nestjs/common';
import { tierDiscountSql } from '@lumen/api/catalog';
import type { LoyaltyTier, StockStatus } from '@lumen/shared/contracts';
import { priceView } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** What a CSV report row shows of a line's product; a `QuickOrderProduct` is one too. */
export interface ReportProduct {
  name: string;
  stockStatus: StockStatus;
  price: { unitPriceOre: number };
}

interface ReportProductRow {
  sku: string;
  name: string;
  stock_status: StockStatus;
  list_price_ore: number;
  net_priced: boolean;
  tier_discount_percent: number;
}

/**
 * The products of a report's ok lines, for the CSV download: only the three things a row shows,
 * at today's tier price by THE price rule (`priceView`), in one statement for any number of
 * SKUs. The quick-order lookup answers far more per product (replacements, suggestions, every
 * product column), which a 100,000-line download paid for on every ok line.
 */
@Injectable()
export class QuickOrderReportProductsQuery {
  async bySku(manager: EntityManager, skus: readonly string[], tier: LoyaltyTier): Promise<Map<string, ReportProduct>> {
    if (skus.length === 0) return new Map();
    const rows: ReportProductRow[] = await manager.query(
      `SELECT p.sku, p.name, p.stock_status, p.list_price_ore::float8 AS list_price_ore, p.net_priced,
              (${tierDiscountSql('$2')})::float8 AS tier_discount_percent
       FROM products p WHERE p.sku = ANY($1::text[])`,
      [skus, tier],
    );
    return new Map(
      rows.map((row) => [
        row.sku,
        {
          name: row.name,
          stockStatus: row.stock_status,
          price: priceView(row.list_price_ore, row.net_priced, tier, row.tier_discount_percent),
        },
      ]),
    );
  }
}
