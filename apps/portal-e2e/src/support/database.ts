import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/** Reads or arranges the e2e server's demo data directly, for what no screen or route offers. */
export async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const dataDir = resolve(__dirname, '../../../..', process.env['LUMEN_DATA_DIR'] ?? 'tmp/e2e-data');
  const client = new Client({ connectionString: readFileSync(join(dataDir, 'database-url'), 'utf8').trim() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
