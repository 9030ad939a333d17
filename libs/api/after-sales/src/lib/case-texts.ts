import type { UserLanguage } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The subject and first message of the case a return, a claim or a refused cancellation opens
 * (or joins), in the language of the customer it is for: the case is that person's
 * conversation with the shop, shown in the portal as written.
 */
export interface CaseText {
  subject: string;
  message: string;
}

interface LineFacts {
  sku: string;
  name: string;
  quantity: number;
}

const lineText = (line: LineFacts) => `${line.sku}  ${line.name}  × ${line.quantity}`;

export function returnCaseText(
  language: UserLanguage,
  facts: { rmaNumber: string; orderNumber: number; lines: readonly LineFacts[]; reason: string | null },
): CaseText {
  const lines = facts.lines.map(lineText).join('\n') + (facts.reason ? `\n\n${facts.reason}` : '');
  const texts: Record<UserLanguage, CaseText> = {
    nb: {
      subject: `Retur ${facts.rmaNumber} (ordre ${facts.orderNumber})`,
      message: `Retur ${facts.rmaNumber}:\n${lines}`,
    },
    en: {
      subject: `Return ${facts.rmaNumber} (order ${facts.orderNumber})`,
      message: `Return ${facts.rmaNumber}:\n${lines}`,
    },
    fr: {
      subject: `Retour ${facts.rmaNumber} (commande ${facts.orderNumber})`,
      message: `Retour ${facts.rmaNumber} :\n${lines}`,
    },
  };
  return texts[language];
}

const CLAIM_KINDS: Record<'warranty' | 'damage', Record<UserLanguage, string>> = {
  warranty: { nb: 'Reklamasjon', en: 'Warranty claim', fr: 'Réclamation sous garantie' },
  damage: { nb: 'Transportskade', en: 'Damage report', fr: 'Déclaration de dommage' },
};
const ORDER: Record<UserLanguage, string> = { nb: 'ordre', en: 'order', fr: 'commande' };

export function claimCaseText(
  language: UserLanguage,
  facts: { kind: 'warranty' | 'damage'; number: string; orderNumber: number; line: LineFacts; description: string },
): CaseText {
  const colon = language === 'fr' ? ' :' : ':';
  return {
    subject: `${CLAIM_KINDS[facts.kind][language]} ${facts.number}${colon} ${facts.line.sku} (${ORDER[language]} ${facts.orderNumber})`,
    message: `${facts.number}: ${lineText(facts.line)}\n\n${facts.description}`,
  };
}

export function refusedCancellationCaseText(
  language: UserLanguage,
  facts: { orderNumber: number; line: LineFacts; reason: string },
): CaseText {
  const texts: Record<UserLanguage, CaseText> = {
    nb: {
      subject: `Ordre ${facts.orderNumber}: avbestilling av ${facts.line.sku}`,
      message: `Avbestillingen av ${lineText(facts.line)} ble ikke godtatt: ${facts.reason}`,
    },
    en: {
      subject: `Order ${facts.orderNumber}: cancellation of ${facts.line.sku}`,
      message: `The request to cancel ${lineText(facts.line)} was refused: ${facts.reason}`,
    },
    fr: {
      subject: `Commande ${facts.orderNumber} : annulation de ${facts.line.sku}`,
      message: `La demande d’annulation de ${lineText(facts.line)} a été refusée : ${facts.reason}`,
    },
  };
  return texts[language];
}

/** The language a user reads the portal in (an erased or unknown user: Norwegian, the default). */
export async function languageOf(manager: EntityManager, userId: string): Promise<UserLanguage> {
  const [row]: { language: UserLanguage }[] = await manager.query(`SELECT language FROM users WHERE id = $1`, [userId]);
  return row?.language ?? 'nb';
}
