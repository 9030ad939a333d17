import type { EntityManager } from 'typeorm';
import type { ProductFields } from './staff-product-row';

/** Each written column, its field and the SQL array type its values are bound as. */
const COLUMNS: readonly [column: string, field: keyof ProductFields, type: string][] = [
  ['sku', 'sku', 'text'],
  ['name', 'name', 'text'],
  ['description', 'description', 'text'],
  ['keywords', 'keywords', 'text'],
  ['category_id', 'categoryId', 'uuid'],
  ['brand', 'brand', 'text'],
  ['list_price_ore', 'listPriceOre', 'bigint'],
  ['wattage', 'wattage', 'numeric'],
  ['lumen', 'lumen', 'integer'],
  ['colour_temperature_k', 'colourTemperatureK', 'integer'],
  ['cri', 'cri', 'smallint'],
  ['ip_rating', 'ipRating', 'text'],
  ['beam_angle', 'beamAngle', 'smallint'],
  ['dimmable', 'dimmable', 'boolean'],
  ['stock_status', 'stockStatus', 'text'],
  ['stock_date', 'stockDate', 'date'],
  ['bulky', 'bulky', 'boolean'],
  ['net_priced', 'netPriced', 'boolean'],
  ['lifecycle', 'lifecycle', 'text'],
  ['replacement_sku', 'replacementSku', 'text'],
];

const NAMES = COLUMNS.map(([column]) => column).join(', ');
const ARRAYS = COLUMNS.map(([, , type], index) => `$${index + 1}::${type}[]`).join(', ');
const UPDATES = COLUMNS.filter(([column]) => column !== 'sku')
  .map(([column]) => `${column} = EXCLUDED.${column}`)
  .join(', ');

export interface WrittenProduct {
  id: string;
  sku: string;
}

/**
 * Writes products set-based: one statement for one product or 100,000, every column bound as
 * one array and `unnest`ed, so the editor and the import share a single write. Replacements
 * may point at products of the same statement (the foreign key is checked at commit).
 */
export class ProductWriteQuery {
  /** New products; a SKU already taken is skipped, so the caller sees it missing from the answer. */
  insert(manager: EntityManager, products: readonly ProductFields[]): Promise<WrittenProduct[]> {
    return this.write(manager, products, 'DO NOTHING');
  }

  /** New or changed products by SKU: a changed one gets every field written and its version raised. */
  upsert(manager: EntityManager, products: readonly ProductFields[]): Promise<WrittenProduct[]> {
    return this.write(
      manager,
      products,
      `DO UPDATE SET ${UPDATES}, version = products.version + 1, updated_at = now()`,
    );
  }

  private async write(
    manager: EntityManager,
    products: readonly ProductFields[],
    onConflict: string,
  ): Promise<WrittenProduct[]> {
    if (products.length === 0) return [];
    return manager.query(
      `INSERT INTO products (${NAMES}) SELECT * FROM unnest(${ARRAYS})
       ON CONFLICT (sku) ${onConflict} RETURNING id, sku`,
      COLUMNS.map(([, field]) => products.map((product) => product[field])),
    );
  }
}
