// The limit row of a benchmark: a bare `node:http` + `pg` server that runs, per request, exactly
// the statements the API ran for the same path (captured by statement-recorder.cjs during one
// warm request: same SQL text, same parameters, same prepared-statement names, one after the
// other as the route awaits them) and answers the same JSON (the API's answer, serialised again
// per request). No framework, no auth, no validation: what this machine can do for the route's
// database work and its HTTP, which is what the route's requests/s are divided by.
//
// Started as its own process by startLimitServer() in support.mjs, so it gets a core of its own
// the way the API does: `node limit-server.mjs <routes.json>` with DATABASE_URL; prints its port.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';

/** @type {Record<string, { statements: { name?: string; text: string; values: unknown[] }[]; body: unknown }>} */
const routes = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// The API's pool size (libs/api/database data-source-options.ts), so both wait on PostgreSQL alike.
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

const server = createServer(async (request, response) => {
  const route = routes[request.url ?? ''];
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  try {
    for (const statement of route.statements)
      await pool.query(
        statement.name
          ? { name: statement.name, text: statement.text, values: statement.values }
          : { text: statement.text, values: statement.values },
      );
    const body = JSON.stringify(route.body);
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
