#!/usr/bin/env node
// `npm run bench -- <name>`: runs tools/bench/<name>.mjs. Each benchmark prints its own figures.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((file) => file.endsWith('.mjs') && !['run.mjs', 'support.mjs'].includes(file))
  .map((file) => file.replace(/\.mjs$/, ''));
const [name, ...args] = process.argv.slice(2);
const script = name && join(here, `${name}.mjs`);
if (!script || !available.includes(name) || !existsSync(script)) {
  process.stderr.write(`usage: npm run bench -- <${available.join('|')}> [options]\n`);
  process.exit(2);
}
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(script).href);
