import { escapesHostileText, HOSTILE_TEXT, linksTo, PORTAL_URL, renderMailHtml } from '@lumen/api/mail';
import { passwordResetTexts } from './password-reset-mail';

describe('the password-reset e-mail', () => {
  const link = `${PORTAL_URL}/reset-password?token=a%2Bb`;
  it.each([
    ['nb', 'Tilbakestill passordet ditt i Lumen Trade', 'i én time'],
    ['en', 'Reset your Lumen Trade password', 'for one hour'],
    ['fr', 'Réinitialisez votre mot de passe Lumen Trade', 'pendant une heure'],
  ] as const)('in %s: says how long the link works, and links it', (language, subject, hour) => {
    const text = passwordResetTexts(HOSTILE_TEXT, link)[language];
    expect(text.subject).toBe(subject);
    expect(text.body).toContain(hour);
    expect(text.body).toContain(link);
    const html = renderMailHtml(text, PORTAL_URL);
    expect(linksTo(html, link)).toBe(true);
    expect(escapesHostileText(html)).toBe(true);
  });
});
