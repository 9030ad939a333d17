import type { Translations } from '@lumen/portal/core';
import { SHELL_FR } from './shell.translations.fr';

export const SHELL_TRANSLATIONS: Translations = {
  nb: {
    shell: {
      title: 'Lumen Trade – belysning for proffer',
      home: 'Til forsiden',
      mainNav: 'Hovedmeny',
      menu: 'Meny',
      accountMenuFor: 'Kontomeny for {name}',
      language: 'Språk',
      languages: { nb: 'NB', en: 'EN', fr: 'FR' },
      login: 'Logg inn',
      register: 'Registrer firma',
      logout: 'Logg ut',
      account: 'Min konto',
      changePassword: 'Endre passord',
      staff: { consultant: 'Lumen Trade · lyskonsulent', shop_admin: 'Lumen Trade · administrator' },
      visitorNotice: 'Prisene vises for registrerte bedriftskunder.',
      visitorNoticeLink: 'Registrer firmaet ditt for å se priser',
      pendingNotice: 'Firmaet ditt venter på verifisering. Du kan se priser, men ikke bestille ennå.',
      pendingNoticeLink: 'Les mer',
      footer: 'Belysning, drivere og tilbehør for elektroentreprenører',
    },
    home: {
      eyebrow: 'Grossist for profesjonell belysning',
      title: 'Lys til hvert prosjekt – med dine priser',
      lead: 'Armaturer, drivere og tilbehør fra lager i Norge. Samle produkter i prosjektlister, be om tilbud med svar innen 24 timer, og bestill raskt med artikkelnummer eller CSV-fil.',
      register: 'Registrer firma',
      login: 'Logg inn',
      pricesNotice: 'Prisene vises etter innlogging – registrer firmaet ditt som bedriftskunde for å se dine priser.',
      welcome: 'Velkommen tilbake, {name}',
      welcomeLead: 'Du er logget inn for {company}.',
      accountLink: 'Gå til kontoen din',
      features: {
        tiers: {
          title: 'Kundenivå',
          text: 'Sølv, gull og platina gir rabatt på alle listepriser – vist eks. og inkl. MVA.',
        },
        quotes: {
          title: 'Tilbud på 24 timer',
          text: 'Send en prosjektliste, få et tilbud fra en lyskonsulent innen et døgn.',
        },
        quick: { title: 'Hurtigbestilling', text: 'Lim inn artikkelnumre eller last opp en CSV-fil fra Excel.' },
      },
    },
    pages: {
      notFound: {
        title: 'Siden finnes ikke',
        text: 'Lenken kan være feil, eller siden er flyttet.',
        home: 'Til forsiden',
      },
      forbidden: {
        title: 'Ingen tilgang',
        text: 'Brukeren din har ikke tilgang til denne siden. Spør administratoren i firmaet ditt.',
        home: 'Til forsiden',
      },
    },
  },
  en: {
    shell: {
      title: 'Lumen Trade – lighting for professionals',
      home: 'Home',
      mainNav: 'Main menu',
      menu: 'Menu',
      accountMenuFor: 'Account menu for {name}',
      language: 'Language',
      languages: { nb: 'NB', en: 'EN', fr: 'FR' },
      login: 'Log in',
      register: 'Register company',
      logout: 'Log out',
      account: 'My account',
      changePassword: 'Change password',
      staff: { consultant: 'Lumen Trade · lighting consultant', shop_admin: 'Lumen Trade · administrator' },
      visitorNotice: 'Prices are shown to registered business customers.',
      visitorNoticeLink: 'Register your company to see prices',
      pendingNotice: 'Your company is awaiting verification. You can see prices but cannot order yet.',
      pendingNoticeLink: 'Read more',
      footer: 'Luminaires, drivers and accessories for electrical contractors',
    },
    home: {
      eyebrow: 'Wholesaler of professional lighting',
      title: 'Light for every project – at your prices',
      lead: 'Luminaires, drivers and accessories from stock in Norway. Collect products in project lists, request quotes answered within 24 hours, and order fast by article number or CSV file.',
      register: 'Register company',
      login: 'Log in',
      pricesNotice: 'Prices are shown after login – register your company as a business customer to see your prices.',
      welcome: 'Welcome back, {name}',
      welcomeLead: 'You are logged in for {company}.',
      accountLink: 'Go to your account',
      features: {
        tiers: {
          title: 'Loyalty tiers',
          text: 'Silver, gold and platinum discount every list price – shown excl. and incl. VAT.',
        },
        quotes: {
          title: 'Quotes in 24 hours',
          text: 'Send a project list and get a quote from a lighting consultant within a day.',
        },
        quick: { title: 'Quick order', text: 'Paste article numbers or upload a CSV file from Excel.' },
      },
    },
    pages: {
      notFound: {
        title: 'Page not found',
        text: 'The link may be wrong, or the page has moved.',
        home: 'Go to the home page',
      },
      forbidden: {
        title: 'No access',
        text: 'Your user has no access to this page. Ask your company administrator.',
        home: 'Go to the home page',
      },
    },
  },
  fr: SHELL_FR,
};
