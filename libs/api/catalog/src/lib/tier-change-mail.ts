import type { MailTexts } from '@lumen/api/mail';
import { LANGUAGE_TAGS, type LoyaltyTier, type UserLanguage } from '@lumen/shared/contracts';

const TIER_NAMES: Record<LoyaltyTier, Record<UserLanguage, string>> = {
  silver: { nb: 'sølv', en: 'silver', fr: 'argent' },
  gold: { nb: 'gull', en: 'gold', fr: 'or' },
  platinum: { nb: 'platina', en: 'platinum', fr: 'platine' },
};

/** `15 %` in Norwegian and French, `15%` in English; a fraction of a percent as each writes decimals. */
function percent(value: number, language: UserLanguage): string {
  const number = value.toLocaleString(LANGUAGE_TAGS[language]);
  return language === 'en' ? `${number}%` : `${number} %`;
}

/**
 * The e-mail to a company's admins when the shop moves the company to another tier: the new
 * tier, its discount off list prices, and the catalogue (`link`), whose prices already changed.
 */
export function tierChangeTexts(
  facts: { adminName: string; companyName: string; tier: LoyaltyTier; discountPercent: number },
  link: string,
): MailTexts {
  const { adminName, companyName, tier, discountPercent } = facts;
  return {
    nb: {
      subject: `${companyName} er nå ${TIER_NAMES[tier].nb}kunde`,
      body:
        `Hei ${adminName},\n\n${companyName} har nå kundenivå ${TIER_NAMES[tier].nb} hos Lumen Trade, ` +
        `med ${percent(discountPercent, 'nb')} rabatt på listepris. Prisene i portalen er allerede oppdatert:\n${link}`,
    },
    en: {
      subject: `${companyName} is now a ${TIER_NAMES[tier].en} customer`,
      body:
        `Hello ${adminName},\n\n${companyName} is now at the ${TIER_NAMES[tier].en} tier with Lumen Trade, ` +
        `with ${percent(discountPercent, 'en')} off list prices. Prices in the portal are already updated:\n${link}`,
    },
    fr: {
      subject: `${companyName} est désormais client ${TIER_NAMES[tier].fr}`,
      body:
        `Bonjour ${adminName},\n\n${companyName} bénéficie désormais du niveau ${TIER_NAMES[tier].fr} chez Lumen Trade, ` +
        `avec ${percent(discountPercent, 'fr')} de remise sur les prix catalogue. Les prix du portail sont déjà à jour :\n${link}`,
    },
  };
}
