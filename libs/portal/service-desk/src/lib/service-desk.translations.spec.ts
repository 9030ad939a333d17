import type { Dictionary } from '@lumen/portal/core';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';

function keysOf(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

describe('service desk texts', () => {
  it('has the same keys in nb and en', () => {
    expect(keysOf(SERVICE_DESK_TRANSLATIONS.en).sort()).toEqual(keysOf(SERVICE_DESK_TRANSLATIONS.nb).sort());
  });
});
