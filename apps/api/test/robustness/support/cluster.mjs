// A PostgreSQL cluster of its own for the database-outage test, started the way `npm start`
// starts one (tools/db/embedded-postgres.mjs, which is ESM-only, hence this small process).
// Prints {"url": …} once the `lumen` database exists, then stays until it is killed.
import { ensureDatabase, startEmbeddedPostgres } from '../../../../../tools/db/embedded-postgres.mjs';

const server = await startEmbeddedPostgres({ dataDir: process.argv[2], persistent: true });
const url = await ensureDatabase(server.url, 'lumen');
process.stdout.write(`${JSON.stringify({ url })}\n`);
setInterval(() => undefined, 60_000);
