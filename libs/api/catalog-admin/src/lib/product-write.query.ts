import type { EntityManager } from 'typeorm';
import { pgArray } from './pg-array';
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

/** Memory for a bulk write's arrays and for building the products' indexes after it. */
const BULK_MEMORY = '256MB';

export interface WrittenProduct {
  id: string;
  sku: string;
}

/**
 * Writes products set-based: one statement for one product or 100,000, every column bound as
 * one array and `unnest`ed, the same columns for the editor and the import. Replacements may
 * point at products of the same statement (the foreign key is checked at commit).
 */
export class ProductWriteQuery {
  /** New products; a SKU already taken is skipped, so the caller sees it missing from the answer. */
  async insert(manager: EntityManager, products: readonly ProductFields[]): Promise<WrittenProduct[]> {
    if (products.length === 0) return [];
    return manager.query(`${this.statement('DO NOTHING')} RETURNING id, sku`, this.arrays(products));
  }

  /** New or changed products by SKU (the editor's): a changed one gets every field written and its version raised. */
  async upsert(manager: EntityManager, products: readonly ProductFields[]): Promise<void> {
    if (products.length === 0) return;
    await manager.query(
      this.statement(`DO UPDATE SET ${UPDATES}, version = products.version + 1, updated_at = now()`),
      this.arrays(products),
    );
  }

  /**
   * An import's write, for a caller holding a lock that keeps other writers out (so a SKU the
   * caller found free stays free): the new products by a plain INSERT, the changed ones by one
   * UPDATE … FROM unnest with their versions raised. Cheaper than an upsert of both, which
   * checks every row for a conflict and logs each insert twice.
   */
  async write(
    manager: EntityManager,
    created: readonly ProductFields[],
    changed: readonly ProductFields[],
  ): Promise<void> {
    if (created.length > 0) await manager.query(this.statement(''), this.arrays(created));
    if (changed.length > 0)
      await manager.query(
        `UPDATE products p SET ${COLUMNS.filter(([column]) => column !== 'sku')
          .map(([column]) => `${column} = u.${column}`)
          .join(', ')}, version = p.version + 1, updated_at = now()
         FROM unnest(${ARRAYS}) AS u(${NAMES}) WHERE p.sku = u.sku`,
        this.arrays(changed),
      );
  }

  /**
   * Runs `work`, a write of a large share of the catalog, as PostgreSQL advises populating a
   * table: without the products' secondary indexes (the trigram search index and the b-trees
   * that are neither the key nor unique) and foreign keys, which are made again after it.
   * Filling eight indexes and checking two keys row by row costs several times building each
   * index once over the table and checking each key with one join. The definitions are read
   * from the catalog, so the migrations stay the one place that says what they are. Dropping
   * takes the table's ACCESS EXCLUSIVE lock: catalog readers wait for the commit, and then
   * find search whole and current. A constant number of statements whatever the size.
   */
  async asBulkLoad<T>(manager: EntityManager, work: () => Promise<T>): Promise<T> {
    const parts: { kind: 'index' | 'key'; name: string; definition: string }[] = await manager.query(
      `SELECT 'index' AS kind, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i WHERE i.indrelid = 'products'::regclass AND NOT i.indisunique AND NOT i.indisprimary
       UNION ALL
       SELECT 'key', quote_ident(c.conname), pg_get_constraintdef(c.oid)
       FROM pg_constraint c WHERE c.conrelid = 'products'::regclass AND c.contype = 'f'`,
    );
    if (parts.length === 0) return work();
    const indexes = parts.filter((part) => part.kind === 'index');
    const keys = parts.filter((part) => part.kind === 'key');
    // The write's arrays are unnested into memory, not spilled to disk (work_mem is 4 MB by default).
    await manager.query(
      [
        `SET LOCAL work_mem = '${BULK_MEMORY}'`,
        ...(keys.length > 0
          ? [`ALTER TABLE products ${keys.map((key) => `DROP CONSTRAINT ${key.name}`).join(', ')}`]
          : []),
        ...(indexes.length > 0 ? [`DROP INDEX ${indexes.map((index) => index.name).join(', ')}`] : []),
      ].join(';\n'),
    );
    const result = await work();
    // One round trip builds every index, with the memory that lets the trigram index sort in
    // one pass, and checks every key.
    await manager.query(
      [
        `SET LOCAL maintenance_work_mem = '${BULK_MEMORY}'`,
        ...indexes.map((index) => index.definition),
        ...(keys.length > 0
          ? [`ALTER TABLE products ${keys.map((key) => `ADD CONSTRAINT ${key.name} ${key.definition}`).join(', ')}`]
          : []),
      ].join(';\n'),
    );
    return result;
  }

  /** The INSERT of every column from arrays, with its ON CONFLICT clause if any. */
  private statement(onConflict: string): string {
    return `INSERT INTO products (${NAMES}) SELECT * FROM unnest(${ARRAYS})${onConflict ? ` ON CONFLICT (sku) ${onConflict}` : ''}`;
  }

  private arrays(products: readonly ProductFields[]): string[] {
    return COLUMNS.map(([, field]) => pgArray(products.map((product) => product[field])));
  }
}
