// One PostgreSQL server for the whole API test run: the embedded one in a throw-away
// folder, or the server behind TEST_DATABASE_URL when set (it needs CREATE DATABASE).
// Each test file then gets its own database cloned from a migrated, seeded template.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../../tools/db/embedded-postgres.mjs';

export const TEMPLATE_DATABASE = 'lumen_test_template';

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const dataDir = mkdtempSync(join(tmpdir(), 'lumen-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, persistent: false });
    url = server.url;
    globalThis.__lumenTestDatabase = { stop: server.stop, dataDir };
  }
  // A template left by an earlier run may predate today's migrations.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`,
  );
  await client.end();
  process.env.LUMEN_TEST_SERVER_URL = url;
}
