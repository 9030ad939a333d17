import type { AppConfig } from '@lumen/api/core';
import { capturedMail, escapesHostileText, HOSTILE_TEXT, linksTo, plain, PORTAL_URL } from '@lumen/api/mail';
import type { UserLanguage } from '@lumen/shared/contracts';
import { QuoteMail } from './quote-mail';

const quote = {
  id: 'q-1',
  number: 11,
  project_list_name: HOSTILE_TEXT,
  requested_by_user_id: 'u-1',
  claimed_by_user_id: null,
};

function setUp(language: UserLanguage) {
  const capture = capturedMail((sql) =>
    sql.includes('current_total_ore')
      ? [{ current_total_ore: '167500', valid_until: new Date('2026-11-22T12:00:00Z') }]
      : [{ email: 'someone@nordlys.test', language }],
  );
  return { ...capture, mail: new QuoteMail(capture.outbox, capture.config as AppConfig) };
}

describe('the quote e-mails', () => {
  it.each([
    ['nb', 'Tilbudet ditt Q-000011 er besvart (revisjon 2)', 'kr 1 675,00 eks. mva., gyldig til 22.11.2026'],
    ['en', 'Your quote Q-000011 has been answered (revision 2)', 'NOK 1,675.00 excl. VAT, valid until 22/11/2026'],
    ['fr', 'Votre devis Q-000011 a reçu une réponse (révision 2)', '1 675,00 kr HT, valable jusqu’au 22/11/2026'],
  ] as const)(
    'answered, in %s: the offer’s total, how long it holds, and the link',
    async (language, subject, offer) => {
      const { mail, mails, manager } = setUp(language);
      await mail.answered(manager, quote, 2);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toMatchObject({ kind: 'quote_answered', to: 'someone@nordlys.test', subject });
      expect(plain(mails[0].body)).toContain(offer);
      expect(mails[0].body).toContain(`${PORTAL_URL}/quotes/q-1`);
      expect(linksTo(mails[0].html, `${PORTAL_URL}/quotes/q-1`)).toBe(true);
      expect(escapesHostileText(mails[0].html)).toBe(true);
    },
  );

  it.each([
    ['nb', 'Ny tilbudsforespørsel Q-000011 fra Nordlys', 'Svarfrist: 24 timer'],
    ['en', 'New quote request Q-000011 from Nordlys', 'Answer within 24 hours'],
    ['fr', 'Nouvelle demande de devis Q-000011 de Nordlys', 'Réponse attendue sous 24 heures'],
  ] as const)('requested, in %s: to the consultants, with the link to the desk', async (language, subject, due) => {
    const { mail, mails, manager } = setUp(language);
    await mail.requested(manager, quote, 'Nordlys', 'Kari');
    expect(mails[0]).toMatchObject({ kind: 'quote_requested', subject });
    expect(mails[0].body).toContain(due);
    expect(linksTo(mails[0].html, `${PORTAL_URL}/desk/quotes/q-1`)).toBe(true);
    expect(escapesHostileText(mails[0].html)).toBe(true);
  });

  it.each([
    ['nb', `${HOSTILE_TEXT} har kommentert tilbud Q-000011`, 'skrev:'],
    ['en', `${HOSTILE_TEXT} commented on quote Q-000011`, 'wrote:'],
    ['fr', `${HOSTILE_TEXT} a commenté le devis Q-000011`, 'a écrit :'],
  ] as const)('customer commented, in %s: the comment and the link to the desk', async (language, subject, wrote) => {
    const { mail, mails, manager } = setUp(language);
    await mail.customerCommented(manager, quote, HOSTILE_TEXT, 'Can you do 10 % better?');
    expect(mails[0]).toMatchObject({ kind: 'quote_customer_commented', subject });
    expect(mails[0].body).toContain(`${wrote}\n\nCan you do 10 % better?`);
    expect(linksTo(mails[0].html, `${PORTAL_URL}/desk/quotes/q-1`)).toBe(true);
    expect(escapesHostileText(mails[0].html)).toBe(true);
  });

  it.each([
    ['nb', 'Ny kommentar på tilbudet ditt Q-000011'],
    ['en', 'New comment on your quote Q-000011'],
    ['fr', 'Nouveau commentaire sur votre devis Q-000011'],
  ] as const)('consultant commented, in %s: the comment and the link to the quote', async (language, subject) => {
    const { mail, mails, manager } = setUp(language);
    await mail.consultantCommented(manager, quote, 'Ola', HOSTILE_TEXT);
    expect(mails[0]).toMatchObject({ kind: 'quote_consultant_commented', subject });
    expect(linksTo(mails[0].html, `${PORTAL_URL}/quotes/q-1`)).toBe(true);
    expect(escapesHostileText(mails[0].html)).toBe(true);
  });
});
