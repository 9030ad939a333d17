import type { MailTexts } from '@lumen/api/mail';

/** The password-reset e-mail's words: the link works once, for one hour (RESET_TTL_MS). */
export function passwordResetTexts(name: string, link: string): MailTexts {
  return {
    nb: {
      subject: 'Tilbakestill passordet ditt i Lumen Trade',
      body:
        `Hei ${name},\n\nNoen har bedt om å tilbakestille passordet til kontoen din i Lumen Trade. ` +
        `Lenken virker én gang, i én time:\n\n${link}\n\nVar det ikke deg, kan du se bort fra denne e-posten.`,
    },
    en: {
      subject: 'Reset your Lumen Trade password',
      body:
        `Hello ${name},\n\nSomeone asked to reset the password of your Lumen Trade account. ` +
        `The link works once and for one hour:\n\n${link}\n\nIf it was not you, ignore this e-mail.`,
    },
    fr: {
      subject: 'Réinitialisez votre mot de passe Lumen Trade',
      body:
        `Bonjour ${name},\n\nQuelqu’un a demandé la réinitialisation du mot de passe de votre compte Lumen Trade. ` +
        `Le lien fonctionne une seule fois, pendant une heure :\n\n${link}\n\nSi ce n’était pas vous, ignorez cet e-mail.`,
    },
  };
}
