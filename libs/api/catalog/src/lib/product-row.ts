import type {
  LightingData,
  LoyaltyTier,
  ProductLifecycle,
  ProductPrice,
  ProductSummary,
  StockStatus,
} from '@lumen/shared/contracts';
import { priceView } from '@lumen/shared/domain';
import type { PriceAudience } from './price-audience';
import { productImageOf } from './product-media';

/** The tier's discount percentage for a bound tier parameter (`$n`, text or null): 0 when none. */
export function tierDiscountSql(tierParam: string): string {
  return `coalesce((SELECT d.discount_percent FROM tier_discounts d WHERE d.tier = ${tierParam}::text), 0)`;
}

/**
 * The columns of a product as the catalog, lists, quotes and cart read it, with the
 * caller's tier discount (`discountSql`, e.g. `tierDiscountSql('$2')`) in the same
 * statement. `p` is products, `c` categories.
 */
export function productColumnsSql(discountSql: string): string {
  return `p.id, p.sku, p.name, p.brand, p.stock_status,
    to_char(p.stock_date, 'YYYY-MM-DD') AS stock_date, p.bulky, p.net_priced, p.lifecycle,
    p.replacement_sku, p.list_price_ore, p.wattage::float8 AS wattage, p.lumen,
    p.colour_temperature_k, p.cri, p.ip_rating, p.beam_angle, p.dimmable, p.image,
    c.id AS category_id, c.slug AS category_slug, c.name AS category_name, c.name_en AS category_name_en,
    (${discountSql})::float8 AS tier_discount_percent`;
}

export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  brand: string;
  stock_status: StockStatus;
  stock_date: string | null;
  bulky: boolean;
  net_priced: boolean;
  lifecycle: ProductLifecycle;
  replacement_sku: string | null;
  list_price_ore: number;
  wattage: number | null;
  lumen: number | null;
  colour_temperature_k: number | null;
  cri: number | null;
  ip_rating: string | null;
  beam_angle: number | null;
  dimmable: boolean | null;
  /** The image's content hash (see product-media.ts), or null. */
  image: string | null;
  category_id: string;
  category_slug: string;
  category_name: string;
  category_name_en: string;
  tier_discount_percent: number;
}

/** The tier to bind for `productColumnsSql`: staff and visitors get no discount row. */
export function tierParameter(audience: PriceAudience): LoyaltyTier | null {
  return audience === null || audience === 'list' ? null : audience;
}

/** Applies THE price rule of `@lumen/shared/domain` to a row; undefined for visitors. */
function priceOfRow(row: ProductRow, audience: PriceAudience): ProductPrice | undefined {
  if (audience === null) return undefined;
  return priceView(
    row.list_price_ore,
    row.net_priced,
    audience === 'list' ? null : audience,
    row.tier_discount_percent,
  );
}

/** The lighting columns of a product row, wherever it was read. */
type LightingColumns = Pick<
  ProductRow,
  'wattage' | 'lumen' | 'colour_temperature_k' | 'cri' | 'ip_rating' | 'beam_angle' | 'dimmable'
>;

export function lightingOf(row: LightingColumns): LightingData {
  return {
    wattage: row.wattage,
    lumen: row.lumen,
    colourTemperatureK: row.colour_temperature_k,
    cri: row.cri,
    ipRating: row.ip_rating,
    beamAngle: row.beam_angle,
    dimmable: row.dimmable,
  };
}

export function toProductSummary(row: ProductRow, audience: PriceAudience): ProductSummary {
  const summary: ProductSummary = {
    id: row.id,
    sku: row.sku,
    name: row.name,
    brand: row.brand,
    category: {
      id: row.category_id,
      slug: row.category_slug,
      name: row.category_name,
      nameEn: row.category_name_en,
    },
    stockStatus: row.stock_status,
    stockDate: row.stock_date,
    bulky: row.bulky,
    lifecycle: row.lifecycle,
    replacementSku: row.replacement_sku,
    lighting: lightingOf(row),
    image: productImageOf(row.image),
  };
  const price = priceOfRow(row, audience);
  if (price) summary.price = price;
  return summary;
}
