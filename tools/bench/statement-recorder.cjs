// Preloaded into a benchmark's API (node --require): records every SQL statement the app sends
// through pg — TypeORM's queries and the named prepared statements of runPrepared() both go
// through Client.prototype.query — with its text, parameters and prepared-statement name. Each
// SIGWINCH writes the statements since the previous signal to BENCH_STATEMENT_LOG (whole, by
// rename) and switches recording on or off, so a bench can signal, make one request, signal again
// and read exactly what that request ran: the limit server (limit-server.mjs) then replays the
// same. Off between such pairs, so the load runs do not pay for a list of every statement they
// send (it cost the route ~6 % of its CPU and its garbage collections, which the limit row did not pay).
const { renameSync, writeFileSync } = require('node:fs');
const { Client } = require('pg');

let statements = [];
let recording = false;
const query = Client.prototype.query;
function record(config, values) {
  if (typeof config === 'string') statements.push({ text: config, values: Array.isArray(values) ? values : [] });
  else if (config && typeof config.text === 'string')
    statements.push({ name: config.name, text: config.text, values: config.values ?? [] });
}
Client.prototype.query = function (config, values, ...rest) {
  if (recording) record(config, values);
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
  recording = !recording;
});
