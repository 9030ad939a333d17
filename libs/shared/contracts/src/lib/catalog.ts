import type { LoyaltyTier } from './company';

/** The seven stock states of PRODUCT.md §3. */
export const STOCK_STATUSES = [
  'in_stock',
  'supplier_date_confirmed',
  'supplier_date_unconfirmed',
  'order_from_supplier',
  'remote_warehouse',
  'shipped_from_supplier',
  'unconfirmed',
] as const;
export type StockStatus = (typeof STOCK_STATUSES)[number];

export type ProductLifecycle = 'active' | 'end_of_life';

export const PRODUCT_SORTS = ['relevance', 'name', 'sku', 'price_asc', 'price_desc'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export const MAX_PAGE_SIZE = 100;

export interface LightingData {
  wattage: number | null;
  lumen: number | null;
  colourTemperatureK: number | null;
  cri: number | null;
  /** e.g. `IP44` */
  ipRating: string | null;
  beamAngle: number | null;
  dimmable: boolean | null;
}

/**
 * A product's price for the caller. Absent for visitors. Customers get their tier's
 * discount (none on net-priced products); staff get the list price with `tier` null.
 */
export interface ProductPrice {
  listPriceOre: number;
  tier: LoyaltyTier | null;
  discountPercent: number;
  netPriced: boolean;
  unitPriceOre: number;
  unitPriceInclVatOre: number;
}

export interface CategoryRef {
  id: string;
  slug: string;
  name: string;
  nameEn: string;
}

/**
 * A product's picture, resized on upload (PRODUCT_IMAGE_SIZES). The URLs are content-addressed
 * (`/api/media/<hash>.webp`), so they are cached for a year and change when the image does.
 */
export interface ProductImage {
  thumbnailUrl: string;
  detailUrl: string;
}

export interface ProductSummary {
  id: string;
  sku: string;
  name: string;
  brand: string;
  category: CategoryRef;
  stockStatus: StockStatus;
  /** ISO date (YYYY-MM-DD) when `stockStatus` is `supplier_date_confirmed`. */
  stockDate: string | null;
  bulky: boolean;
  lifecycle: ProductLifecycle;
  replacementSku: string | null;
  lighting: LightingData;
  /** null: the portal shows its placeholder. */
  image: ProductImage | null;
  /** Present only for logged-in callers (whether it is net-priced too: visitors learn nothing of prices). */
  price?: ProductPrice;
}

export interface ProductDetail extends ProductSummary {
  description: string;
  keywords: string[];
  /** Root first, the product's own category last. */
  categoryPath: CategoryRef[];
  /** For an end-of-life product with a replacement: that product, priced the same way. */
  replacement: ProductSummary | null;
  /** The product's datasheet PDF, when the shop has one. */
  datasheetUrl: string | null;
  /**
   * For silver and gold customers: what the next tier would pay for this product ("gold would
   * save you kr X on this"). Absent for visitors, staff, platinum and net-priced products.
   */
  nextTier?: NextTierPrice;
}

export interface NextTierPrice {
  tier: LoyaltyTier;
  unitPriceOre: number;
  /** Per unit, excl. VAT. */
  savingOre: number;
}

export interface ProductPage {
  items: ProductSummary[];
  total: number;
  page: number;
  pageSize: number;
  /**
   * When a search word found nothing and a catalog word is close to it ("downlite" →
   * "downlight"): the query with that word corrected, whose hits `items` then are.
   */
  didYouMean?: string;
}

export interface ProductQuery {
  q?: string;
  /** Category slug; includes its sub-categories. */
  category?: string;
  page?: number;
  pageSize?: number;
  sort?: ProductSort;
  minWattage?: number;
  maxWattage?: number;
  minLumen?: number;
  maxLumen?: number;
  colourTemperatureK?: number;
  minCri?: number;
  /** Minimum IP rating, e.g. `IP44` matches IP44, IP54, IP65… */
  ipRating?: string;
  dimmable?: boolean;
  stockStatus?: StockStatus;
  /** Include end-of-life products (default: yes, they point to their replacement). */
  includeEndOfLife?: boolean;
}

export interface CategoryNode extends CategoryRef {
  parentId: string | null;
  /** Active and end-of-life products in this category and below. */
  productCount: number;
  children: CategoryNode[];
}

export type TierDiscounts = Record<LoyaltyTier, number>;

export interface UpdateTierDiscountsRequest {
  silver: number;
  gold: number;
  platinum: number;
}

export interface ChangeCompanyTierRequest {
  tier: LoyaltyTier;
  reason: string;
}

export interface ChangeCompanyTierResponse {
  companyId: string;
  previousTier: LoyaltyTier;
  tier: LoyaltyTier;
}
