import type { DocumentLanguage } from './document-model';

/**
 * THE øre → decimal conversion of every document: integer øre to kroner with exactly two
 * decimals ("1234.50", "-3.07"), in integer arithmetic so no binary fraction is ever printed.
 */
export function oreToDecimal(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`an amount must be a whole number of øre, got ${ore}`);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * How each language separates thousands and decimals. Norwegian and French group with a no-break
 * space (the standard fonts of a PDF have no narrow one), so an amount never wraps.
 */
const SEPARATORS: Record<DocumentLanguage, { thousands: string; decimal: string }> = {
  nb: { thousands: '\u00a0', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
  fr: { thousands: '\u00a0', decimal: ',' },
};

/** An amount as a reader of the language writes it: "1 234,50" (nb, fr) or "1,234.50" (en). */
export function formatAmount(ore: number, language: DocumentLanguage): string {
  const [kroner, decimals] = oreToDecimal(ore).split('.');
  const sign = kroner.startsWith('-') ? '-' : '';
  const { thousands, decimal } = SEPARATORS[language];
  const grouped = kroner.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${grouped}${decimal}${decimals}`;
}
