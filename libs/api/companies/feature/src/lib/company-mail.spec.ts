import { escapesHostileText, HOSTILE_TEXT, linksTo, type MailTexts, PORTAL_URL, renderMailHtml } from '@lumen/api/mail';
import { deletionReceiptTexts, deletionRequestedTexts, erasedTexts, verifiedTexts } from './company-mail';

const link = `${PORTAL_URL}/company`;
const company = { companyName: HOSTILE_TEXT };
const cases: [string, MailTexts, Record<'nb' | 'en' | 'fr', string>][] = [
  [
    'verified',
    verifiedTexts({ ...company, verifiedOn: '2026-11-22' }, link),
    {
      nb: `${HOSTILE_TEXT} er verifisert hos Lumen Trade`,
      en: `${HOSTILE_TEXT} is verified with Lumen Trade`,
      fr: `${HOSTILE_TEXT} est vérifiée chez Lumen Trade`,
    },
  ],
  [
    'deletion requested',
    deletionRequestedTexts({ ...company, requestedOn: '2026-11-22', reason: 'Closing down' }, link),
    {
      nb: `${HOSTILE_TEXT} ber om sletting av kontoen`,
      en: `${HOSTILE_TEXT} asks for its account to be deleted`,
      fr: `${HOSTILE_TEXT} demande la suppression de son compte`,
    },
  ],
  [
    'deletion receipt',
    deletionReceiptTexts({ ...company, requestedOn: '2026-11-22' }, link),
    {
      nb: `Vi har mottatt forespørselen om å slette kontoen til ${HOSTILE_TEXT}`,
      en: `We have received the request to delete the account of ${HOSTILE_TEXT}`,
      fr: `Nous avons reçu la demande de suppression du compte de ${HOSTILE_TEXT}`,
    },
  ],
  [
    'erased',
    erasedTexts({ ...company, erasedOn: '2026-11-22' }, link),
    {
      nb: `Kontoen til ${HOSTILE_TEXT} er slettet`,
      en: `The account of ${HOSTILE_TEXT} is deleted`,
      fr: `Le compte de ${HOSTILE_TEXT} est supprimé`,
    },
  ],
];
const DATES = { nb: '22.11.2026', en: '22/11/2026', fr: '22/11/2026' } as const;

describe('the e-mails about a company’s account', () => {
  describe.each(cases)('%s', (_name, texts, subjects) => {
    it.each(['nb', 'en', 'fr'] as const)('in %s: subject, date, link, and escaped HTML', (language) => {
      const text = texts[language];
      expect(text.subject).toBe(subjects[language]);
      expect(text.body).toContain(DATES[language]);
      const html = renderMailHtml(text, PORTAL_URL);
      expect(linksTo(html, link)).toBe(true);
      expect(escapesHostileText(html)).toBe(true);
    });
  });
});
