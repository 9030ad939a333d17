import { INTL_LOCALE, type Locale } from '../i18n/translation.service';

const NBSP = '\u00a0';
const numberFormats = new Map<Locale, Intl.NumberFormat>();
const moneyFormats = new Map<Locale, Intl.NumberFormat>();

function decimals(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format;
}

function currency(locale: Locale): Intl.NumberFormat {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'currency',
      currency: 'NOK',
      currencyDisplay: 'code',
    });
    moneyFormats.set(locale, format);
  }
  return format;
}

/** A whole count as people read it: `80 000` (nb) / `80,000` (en), with a no-break space. */
export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 0 }).format(count).replace(/\s/g, NBSP);
}

/**
 * An amount of integer øre as people read it: `kr 1 675,00` (nb, the way Norwegian invoices and
 * shops write it, which Intl's nb-NO "1 675,00 kr" is not), `1 675,00 kr` (fr) and `NOK 1,675.00` (en-GB). Spaces
 * are no-break spaces so an amount never wraps across lines.
 */
export function formatMoney(ore: number, locale: Locale): string {
  const kroner = ore / 100;
  const sign = kroner < 0 ? '−' : '';
  if (locale === 'nb') return `${sign}kr${NBSP}${decimals('nb').format(Math.abs(kroner)).replace(/\s/g, NBSP)}`;
  // French writes the currency after the amount, as the shop's French terms do: `1 675,00 kr`.
  if (locale === 'fr') return `${sign}${decimals('fr').format(Math.abs(kroner)).replace(/\s/g, NBSP)}${NBSP}kr`;
  return currency(locale).format(kroner).replace(/\s/g, NBSP);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, withTime: boolean, timeZone?: string): Intl.DateTimeFormat {
  const cacheKey = `${locale}|${withTime}|${timeZone ?? ''}`;
  let format = dateFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
      timeZone,
    });
    dateFormats.set(cacheKey, format);
  }
  return format;
}

export type DateInput = Date | string | number;

/** `22.11.2026` (nb) or `22/11/2026` (en-GB, fr-FR), in the viewer's time zone unless one is given. */
export function formatDate(value: DateInput, locale: Locale, timeZone?: string): string {
  return dateFormat(locale, false, timeZone).format(new Date(value));
}

/** `22.11.2026, 14:05` (nb) or `22/11/2026, 14:05` (en-GB). */
export function formatDateTime(value: DateInput, locale: Locale, timeZone?: string): string {
  return dateFormat(locale, true, timeZone).format(new Date(value));
}

/**
 * A Norwegian organisation number as the Brønnøysund register prints it, `923 609 016`, in every
 * language, with no-break spaces so it never wraps. Anything that is not nine digits (spaces or an
 * `MVA` suffix typed by hand) is shown as stored rather than half-grouped.
 */
export function formatOrganisationNumber(value: string): string {
  return /^\d{9}$/.test(value) ? `${value.slice(0, 3)}${NBSP}${value.slice(3, 6)}${NBSP}${value.slice(6)}` : value;
}
