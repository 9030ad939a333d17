import type { CategoryRef, LightingData, ProductImage, ProductLifecycle, StockStatus } from './catalog';

/**
 * The catalog back office (PRODUCT.md §16): products, the category tree, media, import,
 * stock feed and export, all under `/api/staff/…`. Consultants read; only shop admins write.
 */

export const PRODUCT_LIFECYCLES = ['active', 'end_of_life'] as const satisfies readonly ProductLifecycle[];

/** A product as the back office edits it: every field of §3, nothing priced for a tier. */
export interface StaffProduct {
  id: string;
  /** Fixed once created: carts, lists, quotes and imports know the product by it. */
  sku: string;
  name: string;
  description: string;
  keywords: string[];
  category: CategoryRef;
  brand: string;
  /** Integer øre excl. VAT, ≥ 0. */
  listPriceOre: number;
  lighting: LightingData;
  stockStatus: StockStatus;
  /** YYYY-MM-DD, set exactly when `stockStatus` is `supplier_date_confirmed`. */
  stockDate: string | null;
  bulky: boolean;
  netPriced: boolean;
  lifecycle: ProductLifecycle;
  /** Only on an end-of-life product; must be an active product. */
  replacementSku: string | null;
  image: ProductImage | null;
  datasheetUrl: string | null;
  /** Goes up by one with every change; send it back in a PATCH to refuse a stale edit. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/staff/products`. */
export interface StaffProductQuery {
  /** SKU (exact or prefix), name, brand or keywords. */
  q?: string;
  /** Category slug; includes its sub-categories. */
  category?: string;
  lifecycle?: ProductLifecycle;
  stockStatus?: StockStatus;
  page?: number;
  pageSize?: number;
}

export interface StaffProductPage {
  items: StaffProduct[];
  total: number;
  page: number;
  pageSize: number;
}

/** Lighting data as written: a field left out is null (no data). */
export type LightingDataInput = Partial<LightingData>;

/** `POST /api/staff/products`. */
export interface CreateProductRequest {
  sku: string;
  name: string;
  description?: string;
  keywords?: string[];
  categoryId: string;
  brand: string;
  listPriceOre: number;
  lighting?: LightingDataInput;
  stockStatus: StockStatus;
  stockDate?: string | null;
  bulky?: boolean;
  netPriced?: boolean;
  /** Default `active`. */
  lifecycle?: ProductLifecycle;
  replacementSku?: string | null;
}

/**
 * `PATCH /api/staff/products/:id`: only the fields sent change (`lighting` field by field).
 * With `version`, an edit made on a stale copy answers 409 `conflict`; without it the last
 * write wins — and both writes are audited, each with the state it replaced.
 */
export interface UpdateProductRequest {
  name?: string;
  description?: string;
  keywords?: string[];
  categoryId?: string;
  brand?: string;
  listPriceOre?: number;
  lighting?: LightingDataInput;
  stockStatus?: StockStatus;
  stockDate?: string | null;
  bulky?: boolean;
  netPriced?: boolean;
  lifecycle?: ProductLifecycle;
  replacementSku?: string | null;
  version?: number;
}

/** Media limits, checked by content (JPEG/PNG/WebP for images, PDF for datasheets). */
export const PRODUCT_IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const PRODUCT_DATASHEET_MAX_BYTES = 20 * 1024 * 1024;
/** Pixel sizes (longest side) the uploaded image is resized to. */
export const PRODUCT_IMAGE_SIZES = { thumbnail: 320, detail: 1200 } as const;

// ---------------------------------------------------------------------------------------
// Categories

/** A node of `GET /api/staff/categories` (the whole tree, siblings in `position` order). */
export interface StaffCategoryNode extends CategoryRef {
  parentId: string | null;
  /** 0-based place among its siblings. */
  position: number;
  /** Products (active and end-of-life) directly in this category, not below it. */
  productCount: number;
  children: StaffCategoryNode[];
}

/** `POST /api/staff/categories`: appended last among its siblings unless `position` says. */
export interface CreateCategoryRequest {
  name: string;
  nameEn: string;
  /** Made from `nameEn` when left out (`indoor-spots`); must be unique. */
  slug?: string;
  parentId?: string | null;
  position?: number;
}

/**
 * `PATCH /api/staff/categories/:id`: rename (nb + en), move (`parentId`; null for the root;
 * never under itself: `category_cycle`), reorder (`position` among the new siblings).
 */
export interface UpdateCategoryRequest {
  name?: string;
  nameEn?: string;
  parentId?: string | null;
  position?: number;
}

/** `DELETE /api/staff/categories/:id` answers 204, or 409 `category_not_empty` while it holds products or sub-categories. */

// ---------------------------------------------------------------------------------------
// Import: `POST /api/staff/products/import?mode=dry-run|apply` (multipart `file`, CSV or XLSX)

export const CATALOG_IMPORT_MODES = ['dry-run', 'apply'] as const;
export type CatalogImportMode = (typeof CATALOG_IMPORT_MODES)[number];

/** The fields a file's columns fill, by their key. */
export type CatalogImportField =
  | 'sku'
  | 'name'
  | 'description'
  | 'keywords'
  | 'category'
  | 'brand'
  | 'listPriceOre'
  | 'wattage'
  | 'lumen'
  | 'colourTemperatureK'
  | 'cri'
  | 'ipRating'
  | 'beamAngle'
  | 'dimmable'
  | 'stockStatus'
  | 'stockDate'
  | 'bulky'
  | 'netPriced'
  | 'lifecycle'
  | 'replacementSku';

export interface CatalogImportColumn {
  field: CatalogImportField;
  /** Header in English (what the export writes by default). */
  en: string;
  /** Header in bokmål. Either is accepted, case-insensitively, in any order. */
  nb: string;
  /** Needed to create a product; an update may leave the column out (the field keeps its value). */
  requiredToCreate: boolean;
  /** How a cell is written. */
  format: string;
}

/**
 * The documented columns of an import file and the export. Only `sku` must be present; a
 * column left out leaves that field as it is, an empty cell in a present column clears it
 * (or is refused where the field cannot be empty). Separator `;` or `,` (detected), UTF-8 or
 * Windows-1252. A cell starting with `=` (or an XLSX formula) is refused: `formula`.
 */
export const CATALOG_IMPORT_COLUMNS: readonly CatalogImportColumn[] = [
  {
    field: 'sku',
    en: 'sku',
    nb: 'artikkelnummer',
    requiredToCreate: true,
    format: 'LT-10423: A–Z, 0–9 and -, 2–32 characters',
  },
  { field: 'name', en: 'name', nb: 'navn', requiredToCreate: true, format: 'text' },
  { field: 'description', en: 'description', nb: 'beskrivelse', requiredToCreate: false, format: 'text' },
  { field: 'keywords', en: 'keywords', nb: 'søkeord', requiredToCreate: false, format: 'words separated by spaces' },
  {
    field: 'category',
    en: 'category',
    nb: 'kategori',
    requiredToCreate: true,
    format: 'category slug, e.g. downlights',
  },
  { field: 'brand', en: 'brand', nb: 'merke', requiredToCreate: true, format: 'text' },
  {
    field: 'listPriceOre',
    en: 'list_price_ore',
    nb: 'listepris_ore',
    requiredToCreate: true,
    format: 'whole øre excl. VAT, ≥ 0 (kr 129,90 = 12990)',
  },
  { field: 'wattage', en: 'wattage', nb: 'effekt_w', requiredToCreate: false, format: 'W, one decimal (7,5 or 7.5)' },
  { field: 'lumen', en: 'lumen', nb: 'lumen', requiredToCreate: false, format: 'whole lm' },
  {
    field: 'colourTemperatureK',
    en: 'colour_temperature_k',
    nb: 'fargetemperatur_k',
    requiredToCreate: false,
    format: 'whole K, 1000–10000',
  },
  { field: 'cri', en: 'cri', nb: 'fargegjengivelse_cri', requiredToCreate: false, format: 'whole, 0–100' },
  { field: 'ipRating', en: 'ip_rating', nb: 'ip_klasse', requiredToCreate: false, format: 'IP44, IP65, IPX4…' },
  {
    field: 'beamAngle',
    en: 'beam_angle',
    nb: 'spredningsvinkel',
    requiredToCreate: false,
    format: 'whole degrees, 1–360',
  },
  {
    field: 'dimmable',
    en: 'dimmable',
    nb: 'dimbar',
    requiredToCreate: false,
    format: 'yes/no, ja/nei, true/false, 1/0; empty = unknown',
  },
  {
    field: 'stockStatus',
    en: 'stock_status',
    nb: 'lagerstatus',
    requiredToCreate: true,
    format: 'in_stock, supplier_date_confirmed, …',
  },
  {
    field: 'stockDate',
    en: 'expected_date',
    nb: 'forventet_dato',
    requiredToCreate: false,
    format: 'YYYY-MM-DD or DD.MM.YYYY; exactly for supplier_date_confirmed',
  },
  { field: 'bulky', en: 'bulky', nb: 'stort_kolli', requiredToCreate: false, format: 'yes/no; empty = no' },
  { field: 'netPriced', en: 'net_priced', nb: 'nettopris', requiredToCreate: false, format: 'yes/no; empty = no' },
  {
    field: 'lifecycle',
    en: 'lifecycle',
    nb: 'livssyklus',
    requiredToCreate: false,
    format: 'active or end_of_life; empty = active',
  },
  {
    field: 'replacementSku',
    en: 'replacement_sku',
    nb: 'erstatning',
    requiredToCreate: false,
    format: 'SKU of an active product, for end_of_life',
  },
];

/** Most product lines one import or stock feed may hold (the header not counted). */
export const CATALOG_IMPORT_MAX_LINES = 100_000;
/** Largest import or stock-feed file. */
export const CATALOG_IMPORT_MAX_BYTES = 40 * 1024 * 1024;
/** Report lines per page unless asked otherwise (at most 100). */
export const CATALOG_IMPORT_PAGE_SIZE = 100;
/** A dry run's report is kept this long for paging. */
export const CATALOG_IMPORT_TTL_HOURS = 24;

export type CatalogImportLineStatus = 'created' | 'changed' | 'unchanged' | 'refused';

/**
 * Why a line is refused, by field. `code` is one of: `required`, `invalid_sku`,
 * `duplicate_sku` (the SKU is on an earlier line too: `message` names it), `invalid_number`,
 * `out_of_range`, `invalid_value` (not one of the allowed words), `invalid_date`,
 * `stock_date_mismatch`, `unknown_category`, `replacement_not_found`, `replacement_not_active`,
 * `replacement_cycle`, `replacement_not_end_of_life` (a replacement on an active product),
 * `too_long`, `formula`, `invalid_characters`.
 */
export interface CatalogImportProblem {
  /** null when the line as a whole is at fault. */
  field: CatalogImportField | null;
  code: string;
  message: string;
}

export interface CatalogImportReportLine {
  /** Line in the file (the header is line 1), or the row Excel shows. */
  line: number;
  /** Normalised SKU ('' when the line had none). */
  sku: string;
  status: CatalogImportLineStatus;
  /** For `changed`: the fields whose value differs from the catalog's. */
  changedFields?: CatalogImportField[];
  /** For `refused`: every reason, by field. */
  problems?: CatalogImportProblem[];
}

export const CATALOG_IMPORT_REPORT_VIEWS = ['all', 'problems', 'changes'] as const;
/** `problems`: refused lines only; `changes`: created, changed and refused (not unchanged). */
export type CatalogImportReportView = (typeof CATALOG_IMPORT_REPORT_VIEWS)[number];

export type CatalogImportSummary = Record<CatalogImportLineStatus, number> & {
  lines: number;
};

/**
 * The answer of `POST /api/staff/products/import` (first page) and of
 * `GET /api/staff/product-imports/:id?view=&page=&pageSize=` (any page), like the quick-order
 * report: every line's verdict is made and stored at once, the lines come a page at a time.
 * `applied` is true only when `mode=apply` wrote the catalog (one transaction, one audit
 * event with the counts). An apply of a file with refused lines changes nothing and answers
 * 422 `import_has_refusals` with `details: { importId, summary }`: its report is then paged
 * like a dry run's.
 */
export interface CatalogImportReport {
  id: string;
  mode: CatalogImportMode;
  applied: boolean;
  /** Original file name, as sent. */
  fileName: string;
  /** The header columns recognised, in file order. */
  columns: CatalogImportField[];
  expiresAt: string;
  summary: CatalogImportSummary;
  view: CatalogImportReportView;
  page: number;
  pageSize: number;
  /** Lines in this view. */
  total: number;
  lines: CatalogImportReportLine[];
}

export interface CatalogImportReportQuery {
  view?: CatalogImportReportView;
  page?: number;
  pageSize?: number;
}

/** `details` of a 422 `import_has_refusals` answer to an apply (import or stock feed). */
export interface CatalogImportRefusalDetails {
  /** The stored report (for an import; absent for a stock feed). */
  importId?: string;
  summary: CatalogImportSummary;
  /** The first refused lines (at most 100). */
  refused: CatalogImportReportLine[];
}

// ---------------------------------------------------------------------------------------
// Stock feed: `POST /api/staff/stock-feed` (multipart `file`, CSV `sku;stock_status;expected_date`)

/** Headers of a stock feed (nb accepted too: artikkelnummer;lagerstatus;forventet_dato). */
export const STOCK_FEED_COLUMNS = ['sku', 'stock_status', 'expected_date'] as const;

/**
 * Touches only stock status and date. All or nothing: any refused line (unknown SKU, bad
 * status or date) answers 422 `import_has_refusals` with the lines in `details.refused`.
 */
export interface StockFeedResult {
  lines: number;
  changed: number;
  unchanged: number;
}

// ---------------------------------------------------------------------------------------
// Export: `GET /api/staff/products/export.csv` and `export.xlsx` (streamed)

export const CATALOG_EXPORT_HEADER_LANGUAGES = ['en', 'nb'] as const;
export type CatalogExportHeaderLanguage = (typeof CATALOG_EXPORT_HEADER_LANGUAGES)[number];

/** The export writes every product in `CATALOG_IMPORT_COLUMNS` order, so it imports back unchanged. */
export interface CatalogExportQuery {
  /** Header names; default `en`. */
  headers?: CatalogExportHeaderLanguage;
}
