import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `shell.translations.ts`, key for key. */
export const SHELL_FR: Dictionary = {
  shell: {
    title: 'Lumen Trade – l’éclairage pour les professionnels',
    home: 'Accueil',
    mainNav: 'Menu principal',
    menu: 'Menu',
    accountMenuFor: 'Menu du compte de {name}',
    language: 'Langue',
    languages: { nb: 'NB', en: 'EN', fr: 'FR' },
    login: 'Se connecter',
    register: 'Inscrire votre entreprise',
    logout: 'Se déconnecter',
    account: 'Mon compte',
    changePassword: 'Modifier le mot de passe',
    staff: { consultant: 'Lumen Trade · conseiller éclairage', shop_admin: 'Lumen Trade · administrateur' },
    visitorNotice: 'Les prix sont affichés aux clients professionnels inscrits.',
    visitorNoticeLink: 'Inscrivez votre entreprise pour voir les prix',
    pendingNotice: 'Votre entreprise est en attente de vérification. Vous pouvez consulter les prix, mais pas encore commander.',
    pendingNoticeLink: 'En savoir plus',
    footer: 'Luminaires, drivers et accessoires pour les électriciens installateurs',
  },
  home: {
    eyebrow: 'Grossiste en éclairage professionnel',
    title: 'La lumière pour chaque projet – à vos prix',
    lead: 'Luminaires, drivers et accessoires en stock en Norvège. Regroupez vos produits dans des listes de projet, demandez des devis avec réponse sous 24 heures et commandez rapidement par référence article ou fichier CSV.',
    register: 'Inscrire votre entreprise',
    login: 'Se connecter',
    pricesNotice:
      'Les prix sont affichés après connexion – inscrivez votre entreprise comme client professionnel pour voir vos prix.',
    welcome: 'Bon retour parmi nous, {name}',
    welcomeLead: 'Vous êtes connecté pour {company}.',
    accountLink: 'Accéder à votre compte',
    features: {
      tiers: {
        title: 'Niveaux client',
        text: 'Argent, or et platine : une remise sur tous les prix catalogue – affichés HT et TTC.',
      },
      quotes: {
        title: 'Devis sous 24 heures',
        text: 'Envoyez une liste de projet et recevez un devis d’un conseiller éclairage sous un jour.',
      },
      quick: { title: 'Commande rapide', text: 'Collez des références article ou téléversez un fichier CSV depuis Excel.' },
    },
  },
  pages: {
    notFound: {
      title: 'Page introuvable',
      text: 'Le lien est peut-être erroné, ou la page a été déplacée.',
      home: 'Retour à l’accueil',
    },
    forbidden: {
      title: 'Accès refusé',
      text: 'Votre utilisateur n’a pas accès à cette page. Adressez-vous à l’administrateur de votre entreprise.',
      home: 'Retour à l’accueil',
    },
  },
};
