import type { DocumentLanguage } from './document-model';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A `YYYY-MM-DD` date as the reader writes it: nb "31.12.2026", en "31 Dec 2026", fr "31/12/2026"
 * (the numeric form of French invoices, and of the portal's fr-FR dates).
 */
export function formatDate(isoDate: string, language: DocumentLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`a document date is YYYY-MM-DD, got "${isoDate}"`);
  const [, year, month, day] = match;
  if (language === 'nb') return `${day}.${month}.${year}`;
  if (language === 'fr') return `${day}/${month}/${year}`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1]} ${year}`;
}
