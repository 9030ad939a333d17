import type { AppConfig } from '@lumen/api/core';
import { capturedMail, escapesHostileText, HOSTILE_TEXT, linksTo, plain, PORTAL_URL } from '@lumen/api/mail';
import { ServiceDeskMail } from './service-desk-mail';

const facts = { caseId: 'c-1', number: 'S-000001', subject: HOSTILE_TEXT };

describe('the service desk e-mails', () => {
  it.each([
    ['nb', `Svar på sak S-000001: ${HOSTILE_TEXT}`, `Faktura 9 for sak S-000001`, 'kr 1 675,00 inkl. mva.'],
    ['en', `Reply on case S-000001: ${HOSTILE_TEXT}`, `Invoice 9 for case S-000001`, 'NOK 1,675.00 incl. VAT'],
    [
      'fr',
      `Réponse dans le dossier S-000001 : ${HOSTILE_TEXT}`,
      `Facture 9 pour le dossier S-000001`,
      '1 675,00 kr TTC',
    ],
  ] as const)(
    'in %s: the reply and the service invoice, with their links',
    async (language, replySubject, billSubject, amount) => {
      const capture = capturedMail(() => [{ email: 'buyer@nordlys.test', language }]);
      const mail = new ServiceDeskMail(capture.outbox, capture.config as AppConfig);
      await mail.replied(capture.manager, facts, 'Try the new driver.', true);
      await mail.billed(capture.manager, facts, { invoiceId: 'i-1', invoiceNumber: 9, units: 2, grossOre: 167_500 });
      const [reply, bill] = capture.mails;
      expect([reply.subject, bill.subject]).toEqual([replySubject, billSubject]);
      expect(reply.body).toContain('Try the new driver.');
      expect(plain(bill.body)).toContain(amount);
      expect(linksTo(reply.html, `${PORTAL_URL}/cases/c-1`)).toBe(true);
      expect(linksTo(bill.html, `${PORTAL_URL}/invoices/i-1`)).toBe(true);
      expect(escapesHostileText(reply.html) && escapesHostileText(bill.html)).toBe(true);
    },
  );
});
