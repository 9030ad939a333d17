import { datasheetUrlOf, lightingOf, productImageOf } from '@lumen/api/catalog';
import type { ProductLifecycle, StaffProduct, StockStatus } from '@lumen/shared/contracts';
import type { ProductDraft } from '@lumen/shared/domain';

/** Every column of a product as the back office reads it; `p` is products, `c` categories. */
export const STAFF_PRODUCT_COLUMNS = `p.id, p.sku, p.name, p.description, p.keywords, p.brand, p.list_price_ore,
  p.wattage::float8 AS wattage, p.lumen, p.colour_temperature_k, p.cri, p.ip_rating, p.beam_angle, p.dimmable,
  p.stock_status, to_char(p.stock_date, 'YYYY-MM-DD') AS stock_date, p.bulky, p.net_priced, p.lifecycle,
  p.replacement_sku, p.image, p.datasheet, p.version, p.created_at, p.updated_at,
  c.id AS category_id, c.slug AS category_slug, c.name AS category_name, c.name_en AS category_name_en`;

export interface StaffProductRow {
  id: string;
  sku: string;
  name: string;
  description: string;
  keywords: string;
  brand: string;
  list_price_ore: number;
  wattage: number | null;
  lumen: number | null;
  colour_temperature_k: number | null;
  cri: number | null;
  ip_rating: string | null;
  beam_angle: number | null;
  dimmable: boolean | null;
  stock_status: StockStatus;
  stock_date: string | null;
  bulky: boolean;
  net_priced: boolean;
  lifecycle: ProductLifecycle;
  replacement_sku: string | null;
  image: string | null;
  datasheet: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  category_id: string;
  category_slug: string;
  category_name: string;
  category_name_en: string;
}

const keywordList = (keywords: string): string[] => keywords.split(' ').filter(Boolean);

export function toStaffProduct(row: StaffProductRow): StaffProduct {
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    description: row.description,
    keywords: keywordList(row.keywords),
    category: { id: row.category_id, slug: row.category_slug, name: row.category_name, nameEn: row.category_name_en },
    brand: row.brand,
    listPriceOre: row.list_price_ore,
    lighting: lightingOf(row),
    stockStatus: row.stock_status,
    stockDate: row.stock_date,
    bulky: row.bulky,
    netPriced: row.net_priced,
    lifecycle: row.lifecycle,
    replacementSku: row.replacement_sku,
    image: productImageOf(row.image),
    datasheetUrl: datasheetUrlOf(row.datasheet),
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/**
 * A product's editable fields, flat, in the names of the import columns and the audit log:
 * what a change compares, writes and records before and after.
 */
export interface ProductFields extends ProductDraft {
  categoryId: string;
  dimmable: boolean | null;
  bulky: boolean;
  netPriced: boolean;
  stockStatus: StockStatus;
}

/** The columns `fieldsOfRow` reads. */
type ProductFieldColumns = Pick<
  StaffProductRow,
  | 'sku'
  | 'name'
  | 'description'
  | 'keywords'
  | 'category_id'
  | 'brand'
  | 'list_price_ore'
  | 'wattage'
  | 'lumen'
  | 'colour_temperature_k'
  | 'cri'
  | 'ip_rating'
  | 'beam_angle'
  | 'dimmable'
  | 'stock_status'
  | 'stock_date'
  | 'bulky'
  | 'net_priced'
  | 'lifecycle'
  | 'replacement_sku'
>;

export function fieldsOfRow(row: ProductFieldColumns): ProductFields {
  return {
    sku: row.sku,
    name: row.name,
    description: row.description,
    keywords: row.keywords,
    categoryId: row.category_id,
    brand: row.brand,
    listPriceOre: row.list_price_ore,
    wattage: row.wattage,
    lumen: row.lumen,
    colourTemperatureK: row.colour_temperature_k,
    cri: row.cri,
    ipRating: row.ip_rating,
    beamAngle: row.beam_angle,
    dimmable: row.dimmable,
    stockStatus: row.stock_status,
    stockDate: row.stock_date,
    bulky: row.bulky,
    netPriced: row.net_priced,
    lifecycle: row.lifecycle,
    replacementSku: row.replacement_sku,
  };
}

/** Every field of `ProductFields`, in the order changes are reported. */
export const PRODUCT_FIELDS: readonly (keyof ProductFields)[] = [
  'sku',
  'name',
  'description',
  'keywords',
  'categoryId',
  'brand',
  'listPriceOre',
  'wattage',
  'lumen',
  'colourTemperatureK',
  'cri',
  'ipRating',
  'beamAngle',
  'dimmable',
  'stockStatus',
  'stockDate',
  'bulky',
  'netPriced',
  'lifecycle',
  'replacementSku',
];

/** The fields whose values differ, in a stable order. */
export function changedFields(before: ProductFields, after: ProductFields): (keyof ProductFields)[] {
  return PRODUCT_FIELDS.filter((field) => before[field] !== after[field]);
}

/** Only the named fields of a product, for an audit row's before/after. */
export const pick = (fields: ProductFields, names: readonly (keyof ProductFields)[]): Record<string, unknown> =>
  Object.fromEntries(names.map((name) => [name, fields[name]]));
