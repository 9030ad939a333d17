#!/usr/bin/env node
// Tops a migrated Lumen database up to N demo products (default 100,000) for benchmarks,
// with the very generator the API seeds its 2,000 products with: same seed, so the first
// 2,000 are identical and only the rest is added. Set-based inserts (unnest), one transaction.
//
//   node tools/catalog/load-demo-catalog.mjs --database-url postgres://… [--size 100000]
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const GENERATOR = resolve(root, 'libs/api/demo-data/src/lib/demo-catalog.ts');

/** The TypeScript generator, compiled on the fly (it imports nothing, so no bundling of ours). */
async function loadGenerator() {
  const { outputFiles } = await build({
    entryPoints: [GENERATOR],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const source = Buffer.from(outputFiles[0].text).toString('base64');
  return import(`data:text/javascript;base64,${source}`);
}

export async function loadDemoCatalog(databaseUrl, size, log = () => undefined) {
  const generator = await loadGenerator();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS count FROM products');
    const existing = rows[0].count;
    if (existing >= size) {
      log(`catalog already has ${existing} products`);
      return existing;
    }
    const started = Date.now();
    const products = generator.generateDemoProducts(size).slice(existing);
    await client.query('BEGIN');
    const categories = await client.query('SELECT count(*)::int AS count FROM categories');
    await generator.insertDemoCatalog(
      (sql, params) => client.query(sql, params),
      categories.rows[0].count > 0 ? [] : generator.demoCategories(),
      products,
    );
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE products');
    log(`added ${products.length} products in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return size;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL },
      size: { type: 'string', default: '100000' },
    },
  });
  if (!values['database-url']) {
    process.stderr.write('usage: load-demo-catalog.mjs --database-url postgres://… [--size 100000]\n');
    process.exit(2);
  }
  await loadDemoCatalog(values['database-url'], Number(values.size), (m) => process.stdout.write(`${m}\n`));
}
