import type { UserLanguage } from '@lumen/shared/contracts';

/**
 * The language of an e-mail is its recipient's (`users.language`, the portal's choice, PRODUCT.md
 * §9). Every feature writes its texts in each language and formats amounts and dates with these,
 * so an e-mail reads like the portal does in the same language.
 */
export type MailTexts = Record<UserLanguage, { subject: string; body: string }>;

/** Who gets an e-mail, and in which language. */
export interface MailRecipient {
  email: string;
  language: UserLanguage;
}

const INTL: Record<UserLanguage, string> = { nb: 'nb-NO', en: 'en-GB' };

/** `kr 1 675,00` / `NOK 1,675.00`, as the portal writes amounts. */
export function formatMailMoney(ore: number, language: UserLanguage): string {
  const amount = (ore / 100).toLocaleString(INTL[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return language === 'nb' ? `kr ${amount}` : `NOK ${amount}`;
}

/** A calendar date `YYYY-MM-DD` as `22.11.2026` / `22/11/2026`. */
export function formatMailDate(isoDate: string, language: UserLanguage): string {
  const [year, month, day] = isoDate.split('-');
  return language === 'nb' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}
