import { formatMailDate, type MailRecipient, type MailTexts } from '@lumen/api/mail';
import type { EntityManager } from 'typeorm';

/**
 * The e-mails about a company's account itself (PRODUCT.md §1, §10): verified by the shop, its
 * deletion asked for (to the shop's admins, who carry it out, and a receipt to whoever asked) and
 * carried out. Dates are calendar days in Oslo, `YYYY-MM-DD`.
 */

export function verifiedTexts(facts: { companyName: string; verifiedOn: string }, link: string): MailTexts {
  const { companyName, verifiedOn } = facts;
  return {
    nb: {
      subject: `${companyName} er verifisert hos Lumen Trade`,
      body: `Vi har verifisert kontoen til ${companyName} ${formatMailDate(verifiedOn, 'nb')}. Dere kan nå bestille i portalen.\n\nFirmaet deres:\n${link}`,
    },
    en: {
      subject: `${companyName} is verified with Lumen Trade`,
      body: `We verified the account of ${companyName} on ${formatMailDate(verifiedOn, 'en')}. You can now order in the portal.\n\nYour company:\n${link}`,
    },
    fr: {
      subject: `${companyName} est vérifiée chez Lumen Trade`,
      body: `Nous avons vérifié le compte de ${companyName} le ${formatMailDate(verifiedOn, 'fr')}. Vous pouvez désormais commander sur le portail.\n\nVotre entreprise :\n${link}`,
    },
  };
}

/**
 * To the shop's admins, who carry deletions out; `reason` is the customer's own words, if any.
 * It names no person: the erasure blanks only the mail sent to the people it erases.
 */
export function deletionRequestedTexts(
  facts: { companyName: string; requestedOn: string; reason: string | null },
  link: string,
): MailTexts {
  const { companyName, requestedOn, reason } = facts;
  return {
    nb: {
      subject: `${companyName} ber om sletting av kontoen`,
      body:
        `${companyName} ba ${formatMailDate(requestedOn, 'nb')} om at kontoen slettes.` +
        (reason ? `\nBegrunnelse: ${reason}` : '') +
        `\n\nFirmaet kan ikke bestille før dere har slettet kontoen eller de har trukket forespørselen:\n${link}`,
    },
    en: {
      subject: `${companyName} asks for its account to be deleted`,
      body:
        `${companyName} asked on ${formatMailDate(requestedOn, 'en')} for its account to be deleted.` +
        (reason ? `\nReason: ${reason}` : '') +
        `\n\nThe company cannot order until you erase the account or they withdraw the request:\n${link}`,
    },
    fr: {
      subject: `${companyName} demande la suppression de son compte`,
      body:
        `${companyName} a demandé le ${formatMailDate(requestedOn, 'fr')} la suppression de son compte.` +
        (reason ? `\nMotif : ${reason}` : '') +
        `\n\nL’entreprise ne peut plus commander tant que vous n’avez pas effacé le compte ou qu’elle n’a pas retiré sa demande :\n${link}`,
    },
  };
}

/** The receipt to whoever asked: what happens next, and where to withdraw. */
export function deletionReceiptTexts(facts: { companyName: string; requestedOn: string }, link: string): MailTexts {
  const { companyName, requestedOn } = facts;
  return {
    nb: {
      subject: `Vi har mottatt forespørselen om å slette kontoen til ${companyName}`,
      body:
        `Du ba ${formatMailDate(requestedOn, 'nb')} om at kontoen til ${companyName} slettes. Vi sletter personopplysningene ` +
        `til alle brukerne og sender en bekreftelse når det er gjort; ordrer og fakturaer beholdes så lenge regnskapsloven krever.\n\n` +
        `Til da kan dere ikke bestille. Har du ombestemt deg, kan du trekke forespørselen her:\n${link}`,
    },
    en: {
      subject: `We have received the request to delete the account of ${companyName}`,
      body:
        `On ${formatMailDate(requestedOn, 'en')} you asked for the account of ${companyName} to be deleted. We erase the personal ` +
        `data of all its users and confirm when it is done; orders and invoices are kept as long as accounting law requires.\n\n` +
        `Until then the company cannot order. If you change your mind, withdraw the request here:\n${link}`,
    },
    fr: {
      subject: `Nous avons reçu la demande de suppression du compte de ${companyName}`,
      body:
        `Le ${formatMailDate(requestedOn, 'fr')}, vous avez demandé la suppression du compte de ${companyName}. Nous effaçons les données ` +
        `personnelles de tous ses utilisateurs et vous le confirmerons ; les commandes et factures sont conservées aussi longtemps que la loi comptable l’exige.\n\n` +
        `D’ici là, l’entreprise ne peut plus commander. Si vous changez d’avis, retirez la demande ici :\n${link}`,
    },
  };
}

/**
 * To the company's admins, read before their addresses are erased; `link` is the registration
 * page, since they can no longer log in. Kind ERASURE_NOTICE_KIND: the outbox forgets its
 * recipient and words once it is sent.
 */
export function erasedTexts(facts: { companyName: string; erasedOn: string }, link: string): MailTexts {
  const { companyName, erasedOn } = facts;
  return {
    nb: {
      subject: `Kontoen til ${companyName} er slettet`,
      body:
        `Vi slettet ${formatMailDate(erasedOn, 'nb')} personopplysningene til alle brukerne av ${companyName}, som forespurt. ` +
        `Ingen kan lenger logge inn på kontoen. Ordrer og fakturaer beholdes så lenge regnskapsloven krever.\n\n` +
        `Vil dere handle hos oss igjen, kan dere registrere dere på nytt:\n${link}`,
    },
    en: {
      subject: `The account of ${companyName} is deleted`,
      body:
        `On ${formatMailDate(erasedOn, 'en')} we erased the personal data of every user of ${companyName}, as requested. ` +
        `Nobody can log in to the account any more. Orders and invoices are kept as long as accounting law requires.\n\n` +
        `Should you want to shop with us again, you can register anew:\n${link}`,
    },
    fr: {
      subject: `Le compte de ${companyName} est supprimé`,
      body:
        `Le ${formatMailDate(erasedOn, 'fr')}, nous avons effacé les données personnelles de tous les utilisateurs de ${companyName}, comme demandé. ` +
        `Plus personne ne peut se connecter au compte. Les commandes et factures sont conservées aussi longtemps que la loi comptable l’exige.\n\n` +
        `Si vous souhaitez à nouveau commander chez nous, vous pouvez vous réinscrire :\n${link}`,
    },
  };
}

/** The company's name, as its e-mails call it. */
export async function companyName(manager: EntityManager, companyId: string): Promise<string> {
  const [{ name }]: { name: string }[] = await manager.query(`SELECT name FROM companies WHERE id = $1`, [companyId]);
  return name;
}

/** The company's live users who may manage its users: its admins. */
export function companyAdmins(manager: EntityManager, companyId: string): Promise<MailRecipient[]> {
  return manager.query(
    `SELECT DISTINCT u.email, u.language FROM users u
     JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
     WHERE u.company_id = $1 AND u.active AND u.erased_at IS NULL AND 'users.manage' = ANY(r.permissions)`,
    [companyId],
  );
}

/** The shop's live admins, who verify and erase companies. */
export function shopAdmins(manager: EntityManager): Promise<MailRecipient[]> {
  return manager.query(
    `SELECT email, language FROM users WHERE staff_role = 'shop_admin' AND active AND erased_at IS NULL`,
  );
}
