import { readFileSync } from 'node:fs';
import { GENERATED_FILE, renderContractSchemas } from './contract-schemas.generator';

describe('contract schemas', () => {
  it('are generated from the contracts as they are now (run `npm run openapi:contracts` when this fails)', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(renderContractSchemas());
  }, 30_000);
});
