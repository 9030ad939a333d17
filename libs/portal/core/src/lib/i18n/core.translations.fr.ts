import { PASSWORD_MIN_LENGTH } from '@lumen/shared/domain';
import { ERROR_TEXTS } from './error-texts';
import type { Dictionary } from './translation.service';

/** The French strings of `core.translations.ts`, key for key. */
export const CORE_FR: Dictionary = {
  tiers: { silver: 'Argent', gold: 'Or', platinum: 'Platine' },
  companyStatus: {
    active: 'Active',
    pending_verification: 'En attente de vérification',
    deletion_requested: 'Suppression demandée',
    deleted: 'Supprimée',
  },
  customerType: { business: 'Professionnel (assujetti à la TVA)', non_vat_registered: 'Non assujetti à la TVA' },
  pager: { label: 'Pages', previous: 'Précédente', next: 'Suivante', position: 'Page {page} sur {pages}' },
  common: {
    loading: 'Chargement …',
    save: 'Enregistrer',
    cancel: 'Annuler',
    back: 'Retour',
    optional: 'facultatif',
    colon: '\u00a0:',
  },
  serviceStatus: { unavailable: 'Le service est momentanément indisponible. Nouvelle tentative automatique …' },
  errors: {
    unexpected: 'Une erreur s’est produite. Réessayez dans quelques instants.',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    check_fields: 'Corrigez les champs signalés.',
    ...ERROR_TEXTS.fr,
    detail: {
      isNotEmpty: 'Obligatoire.',
      isString: 'Obligatoire.',
      isEmail: 'Saisissez une adresse e-mail valide.',
      minLength: 'Trop court – au moins {length} caractères.',
      maxLength: 'Trop long – au plus {length} caractères.',
      matches: 'Format non valide.',
      isIn: 'Choisissez l’une des options.',
      taken: 'Déjà enregistré.',
      organisationNumber: 'Numéro d’organisation non valide (9 chiffres avec une clé de contrôle valide).',
      postalCodeOfCountry: 'Le code postal ne correspond pas au pays (Norvège : 4 chiffres, Suède : 5).',
      passwordMismatch: 'Les mots de passe ne correspondent pas.',
      unknown_field: 'Champ inconnu.',
      unknown_sku: 'Référence article inconnue.',
    },
    fields: {
      password: { minLength: `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères.` },
      newPassword: { minLength: `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères.` },
      currentPassword: { wrong_password: 'Le mot de passe actuel est incorrect.' },
      email: { taken: 'Un compte existe déjà avec cette adresse e-mail.' },
      organisationNumber: { taken: 'Une entreprise avec ce numéro d’organisation est déjà enregistrée.' },
      phone: { matches: 'Saisissez un numéro de téléphone (8 à 20 chiffres, +47 accepté).' },
      country: { isIn: 'Nous ne livrons pas dans ce pays.' },
    },
  },
};
