import type { Dictionary } from '@lumen/portal/core';
import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CLAIM_DECISIONS,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  RETURN_STATUSES,
} from '@lumen/shared/contracts';
import { AFTER_SALES_TRANSLATIONS } from './after-sales.translations';

function keysOf(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('after-sales translations', () => {
  it('say the same things in nb and en', () => {
    expect(keysOf(AFTER_SALES_TRANSLATIONS.en).sort()).toEqual(keysOf(AFTER_SALES_TRANSLATIONS.nb).sort());
  });
});

describe('after-sales words for the contracts’ values', () => {
  const keys = new Set(keysOf(AFTER_SALES_TRANSLATIONS.nb));
  it.each([
    ['afterSales.status.return', RETURN_STATUSES],
    ['afterSales.status.claim', CLAIM_STATUSES],
    ['afterSales.status.case', CASE_STATUSES],
    ['afterSales.claims.kind', CLAIM_KINDS],
    ['afterSales.decision', CLAIM_DECISIONS],
    ['cases.categories', CASE_CATEGORIES],
  ] as const)('%s has every value', (prefix, values) => {
    expect(values.filter((value) => !keys.has(`${prefix}.${value}`))).toEqual([]);
  });
});
