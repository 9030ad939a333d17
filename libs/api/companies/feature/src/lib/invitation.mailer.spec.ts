import type { AuthService } from '@lumen/api/auth';
import type { AppConfig } from '@lumen/api/core';
import { capturedMail, escapesHostileText, HOSTILE_TEXT, linksTo, PORTAL_URL } from '@lumen/api/mail';
import { InvitationMailer } from './invitation.mailer';

const auth = { retireUserTokens: async () => undefined, issueUserToken: async () => 'tok+1' } as unknown as AuthService;

describe('the invitation e-mail', () => {
  it.each([
    ['nb', `Invitasjon til ${HOSTILE_TEXT} i Lumen Trade`, 'i 7 dager'],
    ['en', `Invitation to ${HOSTILE_TEXT} on Lumen Trade`, 'for 7 days'],
    ['fr', `Invitation à rejoindre ${HOSTILE_TEXT} sur Lumen Trade`, 'pendant 7 jours'],
  ] as const)(
    'in %s, the invitee’s language: how long the link works, and the link',
    async (language, subject, days) => {
      const capture = capturedMail(() => [{ language }]);
      const mailer = new InvitationMailer(capture.config as AppConfig, auth, capture.outbox);
      await mailer.invite(capture.manager, { id: 'u-1', name: 'Kari', email: 'kari@nordlys.test' }, HOSTILE_TEXT);
      const [mail] = capture.mails;
      expect(mail).toMatchObject({ kind: 'invitation', to: 'kari@nordlys.test', subject });
      expect(mail.body).toContain(days);
      expect(linksTo(mail.html, `${PORTAL_URL}/accept-invitation?token=tok%2B1`)).toBe(true);
      expect(escapesHostileText(mail.html)).toBe(true);
    },
  );
});
