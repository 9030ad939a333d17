import type { TestApp } from './support/test-app';

export interface FixtureProduct {
  sku: string;
  listPriceOre: number;
  stockStatus?: string;
  stockDate?: string;
  lifecycle?: 'active' | 'end_of_life';
  replacementSku?: string;
  bulky?: boolean;
  netPriced?: boolean;
}

/** Inserts products with known SKUs, prices and states, in one statement. */
export async function insertProducts(t: TestApp, products: FixtureProduct[]): Promise<void> {
  const [category] = await t.sql<{ id: string }>(`SELECT id FROM categories ORDER BY slug LIMIT 1`);
  await t.sql(
    `INSERT INTO products (sku, name, category_id, brand, list_price_ore, stock_status, stock_date,
       lifecycle, replacement_sku, bulky, net_priced)
     SELECT p->>'sku', 'Test ' || (p->>'sku'), $1, 'Testlys', (p->>'listPriceOre')::bigint,
            coalesce(p->>'stockStatus', 'in_stock'), (p->>'stockDate')::date,
            coalesce(p->>'lifecycle', 'active'), p->>'replacementSku',
            coalesce((p->>'bulky')::boolean, false), coalesce((p->>'netPriced')::boolean, false)
     FROM jsonb_array_elements($2::jsonb) AS p`,
    [category.id, JSON.stringify(products)],
  );
}

export function csvFile(text: string | Uint8Array<ArrayBuffer>, name = 'order.csv'): FormData {
  const form = new FormData();
  form.append('file', new Blob([text], { type: 'text/csv' }), name);
  return form;
}
