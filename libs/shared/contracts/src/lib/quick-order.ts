import type { ProductPrice, StockStatus } from './catalog';

/** What one report line says about an input line (PRODUCT.md §7). */
export const QUICK_ORDER_LINE_STATUSES = [
  'ok',
  'unknown_sku',
  'missing_sku',
  'invalid_quantity',
  'end_of_life',
  'not_orderable',
] as const;
export type QuickOrderLineStatus = (typeof QUICK_ORDER_LINE_STATUSES)[number];

export type QuickOrderQuantityProblem = 'missing' | 'not_a_whole_number' | 'not_positive' | 'too_large';

/** One typed or pasted row for `POST /api/quick-order/check` as JSON. */
export interface QuickOrderInputLine {
  sku: string;
  /** Text as typed, so "1,5" can be reported rather than rejected by the schema. */
  quantity: string | number;
}

export interface QuickOrderCheckRequest {
  lines: QuickOrderInputLine[];
}

/** The caller's tier price of a report product (excl. and incl. VAT), kept lean: a report may list 100,000 products. */
export interface QuickOrderPrice {
  tier: ProductPrice['tier'];
  unitPriceOre: number;
  unitPriceInclVatOre: number;
}

/**
 * A product as the report shows it: the caller's tier price and stock state. Fields that are
 * usually empty are left out rather than sent as null/false on 100,000 products.
 */
export interface QuickOrderProduct {
  sku: string;
  name: string;
  stockStatus: StockStatus;
  /** The supplier's confirmed date, for `supplier_date_confirmed`. */
  stockDate?: string;
  bulky?: true;
  endOfLife?: true;
  replacementSku?: string;
  price: QuickOrderPrice;
}

export interface QuickOrderReportLine {
  /** Line in the file, or row number (1-based) in the form. */
  line: number;
  /** Normalised article number ('' when the line had none). */
  sku: string;
  /** The quantity as written, when it is not simply `quantity` (e.g. "1,5", "12,0", ""). */
  quantityText?: string;
  /** This line's own quantity; null when invalid. */
  quantity: number | null;
  status: QuickOrderLineStatus;
  quantityProblem?: QuickOrderQuantityProblem;
  /** The line's SKU appears again later/earlier: the first line carries the sum. */
  summedIntoLine?: number;
  /** On the first line of a repeated SKU: the summed quantity. */
  summedQuantity?: number;
  /** For `unknown_sku`: up to three close article numbers (in `products`). */
  suggestions?: string[];
  /** For `end_of_life`: the replacement's SKU (in `products`), if one is orderable. */
  replacementSku?: string;
}

/** Which lines a report page shows: every line, or only those that need the user. */
export const QUICK_ORDER_REPORT_VIEWS = ['all', 'problems'] as const;
export type QuickOrderReportView = (typeof QUICK_ORDER_REPORT_VIEWS)[number];

/** Report lines per page unless asked otherwise (at most 100, as every paged route). */
export const QUICK_ORDER_PAGE_SIZE = 100;

/** A check is kept this long for paging, download and adding to the cart. */
export const QUICK_ORDER_CHECK_TTL_HOURS = 24;

export type QuickOrderSummary = Record<QuickOrderLineStatus, number> & {
  lines: number;
  summedLines: number;
  /** Distinct products "add valid lines to cart" adds (repeated SKUs summed). */
  orderableProducts: number;
  /** Of the orderable lines at tier prices, excl. VAT. */
  orderableTotalOre: number;
};

/**
 * `POST /api/quick-order/check` and `GET /api/quick-order/checks/:id`: the verdict on every
 * line is made and stored at once (`summary` counts them all); the lines come a page at a
 * time, with their products at today's tier prices. A 100,000-line file is not sent back
 * whole: `GET /api/quick-order/checks/:id/report.csv` has every line.
 */
export interface QuickOrderReport {
  /** The stored check, for paging, the CSV download and adding to the cart. */
  id: string;
  expiresAt: string;
  summary: QuickOrderSummary;
  view: QuickOrderReportView;
  page: number;
  pageSize: number;
  /** Lines in this view. */
  total: number;
  lines: QuickOrderReportLine[];
  /** Every product this page's lines refer to (found, replacement, suggestion), once each. */
  products: QuickOrderProduct[];
}

/** `GET /api/quick-order/checks/:id`. */
export interface QuickOrderReportQuery {
  view?: QuickOrderReportView;
  page?: number;
  pageSize?: number;
}

/**
 * `POST /api/quick-order/checks/:id/cart`: every orderable line of the check, plus the
 * replacements and suggestions the user took for lines that were not orderable.
 */
export interface QuickOrderCheckToCartRequest {
  take?: QuickOrderTakenLine[];
}

/** A replacement or suggestion the user took for a report line that was not orderable. */
export interface QuickOrderTakenLine {
  line: number;
  sku: string;
}

/** `POST /api/quick-order/cart`: the lines the user chose from the report. */
export interface QuickOrderAddToCartRequest {
  items: { sku: string; quantity: number }[];
}

export interface QuickOrderAddToCartResponse {
  added: number;
  cartItemCount: number;
}
