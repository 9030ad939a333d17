import { LANGUAGE_TAGS, type UserLanguage } from '@lumen/shared/contracts';
import type { Mail, MailAttachment } from './outbox.service';

/** One e-mail's words in one language; the HTML part is laid out from the text (see mail-layout). */
interface MailText {
  subject: string;
  body: string;
}

/**
 * The language of an e-mail is its recipient's (`users.language`, the portal's choice, PRODUCT.md
 * §9). Every feature writes its texts in each language and formats amounts and dates with these,
 * so an e-mail reads like the portal does in the same language.
 */
export type MailTexts = Record<UserLanguage, MailText>;

/** Who gets an e-mail, and in which language. */
export interface MailRecipient {
  email: string;
  language: UserLanguage;
}

/** The mail of `kind` to `recipient`, in the recipient's language. */
export function mailTo(
  recipient: MailRecipient,
  kind: string,
  texts: MailTexts,
  attachments?: readonly MailAttachment[],
): Mail {
  return { kind, to: recipient.email, ...texts[recipient.language], ...(attachments ? { attachments } : {}) };
}

/** An amount never breaks across lines: every space in it is a no-break space, as in the portal. */
const NBSP = '\u00a0';

/** `kr 1 675,00` / `NOK 1,675.00` / `1 675,00 kr`, as the portal writes amounts. */
export function formatMailMoney(ore: number, language: UserLanguage): string {
  const amount = (ore / 100)
    .toLocaleString(LANGUAGE_TAGS[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .replace(/\s/g, NBSP);
  if (language === 'nb') return `kr${NBSP}${amount}`;
  // French writes the currency after the amount, as the shop's French terms do.
  if (language === 'fr') return `${amount}${NBSP}kr`;
  return `NOK${NBSP}${amount}`;
}

/** A calendar date `YYYY-MM-DD` as `22.11.2026` / `22/11/2026` (en and fr). */
export function formatMailDate(isoDate: string, language: UserLanguage): string {
  const [year, month, day] = isoDate.split('-');
  return language === 'nb' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}
