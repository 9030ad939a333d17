/**
 * Every dictionary has the same keys in every language, and the portal puts every API error into
 * words: for each code in ERROR_CODES, `errors.<code>` in every language, whichever dictionary
 * holds them. The languages are LOCALES, so a new one is checked as soon as it is added there.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CORE_TRANSLATIONS, type Dictionary, LOCALES, type Locale, type Translations } from '@lumen/portal/core';
import { ERROR_CODES } from '@lumen/shared/contracts';
import { SHELL_TRANSLATIONS } from './shell.translations';

/**
 * Every dictionary of the portal, by the name of its `<name>.translations.ts`. The features are
 * imported the way the shell loads them, lazily (the module boundaries forbid a static import).
 */
async function loadDictionaries(): Promise<Record<string, Translations>> {
  return {
    core: CORE_TRANSLATIONS,
    shell: SHELL_TRANSLATIONS,
    'after-sales': (await import('@lumen/portal/after-sales')).AFTER_SALES_TRANSLATIONS,
    auth: (await import('@lumen/portal/auth')).AUTH_TRANSLATIONS,
    cart: (await import('@lumen/portal/cart')).CART_TRANSLATIONS,
    catalog: (await import('@lumen/portal/catalog')).CATALOG_TRANSLATIONS,
    'catalog-admin': (await import('@lumen/portal/catalog-admin')).CATALOG_ADMIN_TRANSLATIONS,
    company: (await import('@lumen/portal/company')).COMPANY_TRANSLATIONS,
    orders: (await import('@lumen/portal/orders')).ORDERS_TRANSLATIONS,
    purchasing: (await import('@lumen/portal/purchasing')).PURCHASING_TRANSLATIONS,
    'project-lists': (await import('@lumen/portal/project-lists')).PROJECT_LISTS_TRANSLATIONS,
    'quick-order': (await import('@lumen/portal/quick-order')).QUICK_ORDER_TRANSLATIONS,
    'quote-desk': (await import('@lumen/portal/quote-desk')).QUOTE_DESK_TRANSLATIONS,
    quotes: (await import('@lumen/portal/quotes')).QUOTES_TRANSLATIONS,
    'service-desk': (await import('@lumen/portal/service-desk')).SERVICE_DESK_TRANSLATIONS,
    staff: (await import('@lumen/portal/staff')).STAFF_TRANSLATIONS,
    'dev-mail': (await import('@lumen/portal/staff')).DEV_MAIL_TRANSLATIONS,
  };
}

const WORKSPACE = join(__dirname, '../../../..');

function translationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.translations.ts'))
    .map((entry) => basename(entry.name, '.translations.ts'));
}

function keysOf(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/** The `errors.…` keys of a language over all dictionaries: they are registered into one map. */
function errorKeys(dictionaries: Record<string, Translations>, locale: Locale): Set<string> {
  return new Set(
    Object.values(dictionaries).flatMap((translations) =>
      keysOf(translations[locale]).filter((key) => key.startsWith('errors.')),
    ),
  );
}

describe('error texts', () => {
  let dictionaries: Record<string, Translations>;
  beforeAll(async () => {
    dictionaries = await loadDictionaries();
  });

  it('cover every dictionary of the portal', () => {
    const files = [
      ...translationFiles(join(WORKSPACE, 'libs/portal')),
      ...translationFiles(join(WORKSPACE, 'apps/portal/src')),
    ];
    expect(files.sort()).toEqual(Object.keys(dictionaries).sort());
  });

  it.each(LOCALES)('%s has a text for every code the API answers', (locale) => {
    const keys = errorKeys(dictionaries, locale);
    expect(ERROR_CODES.filter((code) => !keys.has(`errors.${code}`))).toEqual([]);
  });

  it.each(LOCALES.slice(1))('%s has the same error keys as the first language', (locale) => {
    const first = errorKeys(dictionaries, LOCALES[0]);
    const keys = errorKeys(dictionaries, locale);
    expect({
      missing: [...first].filter((key) => !keys.has(key)),
      extra: [...keys].filter((key) => !first.has(key)),
    }).toEqual({ missing: [], extra: [] });
  });
});

describe('dictionaries', () => {
  let dictionaries: Record<string, Translations>;
  beforeAll(async () => {
    dictionaries = await loadDictionaries();
  });

  /** `<dictionary>: <key>` for each key of the first language that `locale` lacks, and the reverse. */
  function differences(locale: Locale): { missing: string[]; extra: string[] } {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const [name, translations] of Object.entries(dictionaries)) {
      const first = new Set(keysOf(translations[LOCALES[0]]));
      const keys = new Set(keysOf(translations[locale]));
      missing.push(...[...first].filter((key) => !keys.has(key)).map((key) => `${name}: ${key}`));
      extra.push(...[...keys].filter((key) => !first.has(key)).map((key) => `${name}: ${key}`));
    }
    return { missing, extra };
  }

  it.each(LOCALES.slice(1))('%s has every key of the first language, and no other', (locale) => {
    expect(differences(locale)).toEqual({ missing: [], extra: [] });
  });
});
