import type { Dictionary } from '@lumen/portal/core';
import { CATALOG_ADMIN_TRANSLATIONS } from './catalog-admin.translations';

function keysOf(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('catalog admin texts', () => {
  it('say everything in both languages', () => {
    expect(keysOf(CATALOG_ADMIN_TRANSLATIONS.en).sort()).toEqual(keysOf(CATALOG_ADMIN_TRANSLATIONS.nb).sort());
  });
});
