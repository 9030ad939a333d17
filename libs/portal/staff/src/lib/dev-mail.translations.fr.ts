import type { Dictionary } from '@lumen/portal/core';

export const DEV_MAIL_FR: Dictionary = {
  devMail: {
    title: 'E-mails envoyés (développement)',
    lead: 'La boîte d’envoi de cette installation, la plus récente en premier. N’existe pas en production.',
    total: '{shown} sur {total}',
    when: 'Créé',
    to: 'À',
    kind: 'Type',
    subject: 'Objet',
    status: 'Statut',
    sent: 'Envoyé',
    pending: 'En attente',
    failed: 'Échec ({attempts} tentatives)',
    none: 'Aucun e-mail n’a encore été écrit.',
    text: 'Texte',
    html: 'HTML',
    attachments: 'Pièces jointes',
    close: 'Fermer',
  },
};
