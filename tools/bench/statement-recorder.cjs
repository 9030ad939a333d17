// Preloaded into a benchmark's API (node --require): records every SQL statement the app sends
// through pg — TypeORM's queries and the named prepared statements of runPrepared() both go
// through Client.prototype.query — with its text, parameters and prepared-statement name. On
// SIGWINCH it writes the statements since the previous signal to BENCH_STATEMENT_LOG (whole, by
// rename) and starts a new list, so a bench can signal, make one request, signal again and read
// exactly what that request ran: the limit server (limit-server.mjs) then replays the same.
const { renameSync, writeFileSync } = require('node:fs');
const { Client } = require('pg');

let statements = [];
const query = Client.prototype.query;
Client.prototype.query = function (config, values, ...rest) {
  if (typeof config === 'string') statements.push({ text: config, values: Array.isArray(values) ? values : [] });
  else if (config && typeof config.text === 'string')
    statements.push({ name: config.name, text: config.text, values: config.values ?? [] });
  return query.call(this, config, values, ...rest);
};
process.on('SIGWINCH', () => {
  const file = process.env.BENCH_STATEMENT_LOG;
  // Buffers (a bytea parameter) as base64, for the bench to turn back into Buffers (reviveStatements).
  const json = JSON.stringify(statements, (key, value) =>
    value && value.type === 'Buffer' && Array.isArray(value.data)
      ? { base64: Buffer.from(value.data).toString('base64') }
      : value,
  );
  writeFileSync(`${file}.tmp`, json);
  renameSync(`${file}.tmp`, file);
  statements = [];
});
