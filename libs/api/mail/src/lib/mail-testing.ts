import type { EntityManager } from 'typeorm';
import { escapeHtml, renderMailHtml } from './mail-layout';
import type { Mail, OutboxService } from './outbox.service';

/** What the features' template specs put where a user could type: a name, a comment, a reason. */
export const HOSTILE_TEXT = '<script>alert("x")</script>';

/**
 * For the features' e-mail template specs: a transaction whose queries `answer` (by their SQL),
 * and an outbox that keeps what is enqueued in `mails`, each with the HTML part the worker sends.
 */
export function capturedMail(answer: (sql: string, params?: unknown[]) => unknown[]) {
  const mails: (Mail & { html: string })[] = [];
  const outbox = {
    enqueue: async (_manager: EntityManager, enqueued: Mail | Mail[]) => {
      for (const mail of [enqueued].flat()) mails.push({ ...mail, html: renderMailHtml(mail, PORTAL_URL) });
    },
  } as unknown as OutboxService;
  const manager = { query: async (sql: string, params?: unknown[]) => answer(sql, params) } as unknown as EntityManager;
  return { mails, outbox, manager, config: { publicUrl: PORTAL_URL } };
}

export const PORTAL_URL = 'https://portal.lumen.test';

/** The text with every no-break space as a plain one, so a spec can write `1 675,00 kr`. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Whether the HTML part links to `url` (its address escaped, as the layout writes it). */
export const linksTo = (html: string, url: string) => html.includes(`href="${escapeHtml(url)}"`);

/** Whether the HTML part shows `HOSTILE_TEXT` as text and never as a tag. */
export const escapesHostileText = (html: string) => !html.includes('<script') && html.includes('&lt;script&gt;');
