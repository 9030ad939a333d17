import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';

/**
 * Writes `contract-schemas.generated.ts`: a JSON Schema for every type exported by
 * `@lumen/shared/contracts`, so the OpenAPI document describes answers with the very
 * interfaces the services return and the portal reads. Run `npm run openapi:contracts`
 * after changing a contract; `contract-schemas.spec.ts` fails while the file is stale.
 * A dev-time tool: nothing in the app imports it.
 */

const WORKSPACE = join(__dirname, '../../../../../..');
const CONTRACTS = join(WORKSPACE, 'libs/shared/contracts');
export const GENERATED_FILE = join(__dirname, 'contract-schemas.generated.ts');

/** Where OpenAPI keeps named schemas; the generator's own `#/definitions/` refs are rewritten to it. */
const SCHEMA_REF_PREFIX = '#/components/schemas/';

export function renderContractSchemas(): string {
  const { definitions = {} } = createGenerator({
    path: join(CONTRACTS, 'src/index.ts'),
    // Absolute: the generator resolves `extends` (and so the path aliases) from it.
    tsconfig: join(CONTRACTS, 'tsconfig.lib.json'),
    type: '*',
    expose: 'export',
    jsDoc: 'extended',
    // Interfaces are closed: an answer with a field the contract does not name fails the schema test.
    additionalProperties: false,
    sortProps: true,
  }).createSchema('*');
  const names = Object.keys(definitions).sort();
  const schemas = JSON.stringify(
    Object.fromEntries(names.map((name) => [name, definitions[name]])),
    (key, value: unknown) =>
      key === '$ref' && typeof value === 'string' ? value.replace('#/definitions/', SCHEMA_REF_PREFIX) : value,
  );
  const source = [
    `// Generated from libs/shared/contracts by ${relative(WORKSPACE, __filename)}.`,
    '// Do not edit: run `npm run openapi:contracts`.',
    "import type { JsonSchema } from './json-schema';",
    '',
    `export type ContractName = ${names.map((name) => `'${name}'`).join(' | ')};`,
    '',
    `export const CONTRACT_SCHEMAS: Readonly<Record<ContractName, JsonSchema>> = ${schemas};`,
  ].join('\n');
  // Formatted as `npm run format` would, so formatting the workspace leaves it fresh. The CLI,
  // because Prettier 3's API loads its plugins with a dynamic import that Jest cannot run.
  return execFileSync(
    process.execPath,
    [require.resolve('prettier/bin/prettier.cjs'), '--stdin-filepath', GENERATED_FILE],
    {
      input: source,
      encoding: 'utf8',
    },
  );
}

if (require.main === module) writeFileSync(GENERATED_FILE, renderContractSchemas());
