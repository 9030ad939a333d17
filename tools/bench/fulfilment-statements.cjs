// Preloaded into the fulfilment benchmark's API (node --require): counts every SQL statement the
// app sends through pg (TypeORM's pool uses the same Client), the way statementsDuring() does in
// the API tests. The API has no route that tells the count, so on SIGWINCH it writes the running
// total to BENCH_STATEMENTS_FILE (whole, by rename) for tools/bench/fulfilment.mjs to read.
// SIGWINCH because Nest's enableShutdownHooks() shuts the app on SIGUSR2 and SIGUSR1 opens the inspector.
const { renameSync, writeFileSync } = require('node:fs');
const { Client } = require('pg');

let statements = 0;
const query = Client.prototype.query;
Client.prototype.query = function (...args) {
  statements += 1;
  return query.apply(this, args);
};
process.on('SIGWINCH', () => {
  const file = process.env.BENCH_STATEMENTS_FILE;
  writeFileSync(`${file}.tmp`, String(statements));
  renameSync(`${file}.tmp`, file);
});
