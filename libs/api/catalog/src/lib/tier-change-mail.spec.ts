import { escapesHostileText, HOSTILE_TEXT, linksTo, PORTAL_URL, renderMailHtml } from '@lumen/api/mail';
import { tierChangeTexts } from './tier-change-mail';

describe('the tier-change e-mail', () => {
  const link = `${PORTAL_URL}/catalog`;
  it.each([
    ['nb', `${HOSTILE_TEXT} er nå platinakunde`, '12,5 % rabatt'],
    ['en', `${HOSTILE_TEXT} is now a platinum customer`, '12.5% off'],
    ['fr', `${HOSTILE_TEXT} est désormais client platine`, '12,5 % de remise'],
  ] as const)(
    'in %s: the new tier, its discount as the language writes it, and the catalogue',
    (language, subject, discount) => {
      const text = tierChangeTexts(
        { adminName: 'Kari', companyName: HOSTILE_TEXT, tier: 'platinum', discountPercent: 12.5 },
        link,
      )[language];
      expect(text.subject).toBe(subject);
      expect(text.body).toContain(discount);
      const html = renderMailHtml(text, PORTAL_URL);
      expect(linksTo(html, link)).toBe(true);
      expect(escapesHostileText(html)).toBe(true);
    },
  );
});
