import { Injectable, computed, signal } from '@angular/core';
import { LANGUAGE_TAGS } from '@lumen/shared/contracts';

export const LOCALES = ['nb', 'en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
const DEFAULT_LOCALE: Locale = 'nb';

/** A feature's strings: nested objects become dotted keys (`login.title`). */
export interface Dictionary {
  [key: string]: string | Dictionary;
}
export type Translations = Record<Locale, Dictionary>;
export type TranslationParams = Record<string, string | number>;

const STORAGE_KEY = 'lumen.locale';
/** The BCP 47 tag used for number, money and date formatting of each locale. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = LANGUAGE_TAGS;

/**
 * Where a key missing in a language is looked up next: French falls back to English (the shop's
 * French customers read English before Norwegian), the others to each other.
 */
const FALLBACK: Record<Locale, readonly Locale[]> = { nb: ['en'], en: ['nb'], fr: ['en', 'nb'] };

function flatten(dictionary: Dictionary, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(dictionary)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

/** The locale chosen on this device before, if any. */
function storedLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return (LOCALES as readonly string[]).includes(stored ?? '') ? (stored as Locale) : null;
  } catch {
    return null;
  }
}

/**
 * Runtime translation: every feature registers its own dictionaries (see `provideTranslations`),
 * so no one file collects all strings. A missing key falls back to another language (FALLBACK), then to
 * the key itself, so a forgotten string shows up as something readable, never as a blank.
 */
@Injectable({ providedIn: 'root' })
export class TranslationService {
  private readonly strings = signal<Record<Locale, ReadonlyMap<string, string>>>({
    nb: new Map(),
    en: new Map(),
    fr: new Map(),
  });
  private readonly registered = new WeakSet<Translations>();
  readonly locale = signal<Locale>(storedLocale() ?? DEFAULT_LOCALE);
  readonly intlLocale = computed(() => INTL_LOCALE[this.locale()]);
  /**
   * Whether someone picked the language on this device (not just the default): at log-in such a
   * choice is saved on the user; without one the portal takes the user's saved language instead.
   */
  readonly chosenHere = signal(storedLocale() !== null);

  setLocale(locale: Locale): void {
    this.locale.set(locale);
    this.chosenHere.set(true);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }

  /**
   * Adds a feature's strings. Registering the same dictionary again does nothing, so a lazily
   * loaded component (a header icon) may call this in its constructor.
   */
  register(translations: Translations): void {
    if (this.registered.has(translations)) return;
    this.registered.add(translations);
    this.strings.update((current) => ({
      nb: new Map([...current.nb, ...flatten(translations.nb)]),
      en: new Map([...current.en, ...flatten(translations.en)]),
      fr: new Map([...current.fr, ...flatten(translations.fr)]),
    }));
  }

  has(key: string): boolean {
    const strings = this.strings();
    return LOCALES.some((locale) => strings[locale].has(key));
  }

  /** Reads signals, so templates and `computed()` that call it follow language changes. */
  translate(key: string, params?: TranslationParams): string {
    const locale = this.locale();
    const strings = this.strings();
    let template = strings[locale].get(key);
    for (const fallback of FALLBACK[locale]) template ??= strings[fallback].get(key);
    template ??= key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }
}
