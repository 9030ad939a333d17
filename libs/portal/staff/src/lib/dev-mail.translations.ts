import type { Translations } from '@lumen/portal/core';
import { DEV_MAIL_FR } from './dev-mail.translations.fr';

export const DEV_MAIL_TRANSLATIONS: Translations = {
  nb: {
    devMail: {
      title: 'Sendt e-post (utvikling)',
      lead: 'Utboksen til denne installasjonen, nyeste først. Finnes ikke i produksjon.',
      total: '{shown} av {total}',
      when: 'Skrevet',
      to: 'Til',
      kind: 'Type',
      subject: 'Emne',
      status: 'Status',
      sent: 'Sendt',
      pending: 'Venter',
      failed: 'Feilet ({attempts} forsøk)',
      none: 'Ingen e-post er skrevet ennå.',
      text: 'Tekst',
      html: 'HTML',
      attachments: 'Vedlegg',
      close: 'Lukk',
    },
  },
  en: {
    devMail: {
      title: 'Sent e-mail (development)',
      lead: 'This installation’s outbox, newest first. It does not exist in production.',
      total: '{shown} of {total}',
      when: 'Written',
      to: 'To',
      kind: 'Kind',
      subject: 'Subject',
      status: 'Status',
      sent: 'Sent',
      pending: 'Waiting',
      failed: 'Failed ({attempts} attempts)',
      none: 'No e-mail has been written yet.',
      text: 'Text',
      html: 'HTML',
      attachments: 'Attachments',
      close: 'Close',
    },
  },
  fr: DEV_MAIL_FR,
};
