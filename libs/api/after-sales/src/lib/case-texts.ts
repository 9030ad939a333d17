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
  return language === 'nb'
    ? {
        subject: `Retur ${facts.rmaNumber} (ordre ${facts.orderNumber})`,
        message: `Retur ${facts.rmaNumber}:\n${lines}`,
      }
    : {
        subject: `Return ${facts.rmaNumber} (order ${facts.orderNumber})`,
        message: `Return ${facts.rmaNumber}:\n${lines}`,
      };
}

export function claimCaseText(
  language: UserLanguage,
  facts: { kind: 'warranty' | 'damage'; number: string; orderNumber: number; line: LineFacts; description: string },
): CaseText {
  const what =
    language === 'nb'
      ? facts.kind === 'warranty'
        ? 'Reklamasjon'
        : 'Transportskade'
      : facts.kind === 'warranty'
        ? 'Warranty claim'
        : 'Damage report';
  const order = language === 'nb' ? 'ordre' : 'order';
  return {
    subject: `${what} ${facts.number}: ${facts.line.sku} (${order} ${facts.orderNumber})`,
    message: `${facts.number}: ${lineText(facts.line)}\n\n${facts.description}`,
  };
}

export function refusedCancellationCaseText(
  language: UserLanguage,
  facts: { orderNumber: number; line: LineFacts; reason: string },
): CaseText {
  return language === 'nb'
    ? {
        subject: `Ordre ${facts.orderNumber}: avbestilling av ${facts.line.sku}`,
        message: `Avbestillingen av ${lineText(facts.line)} ble ikke godtatt: ${facts.reason}`,
      }
    : {
        subject: `Order ${facts.orderNumber}: cancellation of ${facts.line.sku}`,
        message: `The request to cancel ${lineText(facts.line)} was refused: ${facts.reason}`,
      };
}

/** The language a user reads the portal in (an erased or unknown user: Norwegian, the default). */
export async function languageOf(manager: EntityManager, userId: string): Promise<UserLanguage> {
  const [row]: { language: UserLanguage }[] = await manager.query(`SELECT language FROM users WHERE id = $1`, [userId]);
  return row?.language ?? 'nb';
}
