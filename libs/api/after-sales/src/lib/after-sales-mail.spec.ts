import type { AppConfig } from '@lumen/api/core';
import { capturedMail, escapesHostileText, HOSTILE_TEXT, linksTo, PORTAL_URL } from '@lumen/api/mail';
import type { UserLanguage } from '@lumen/shared/contracts';
import { AfterSalesMail } from './after-sales-mail';
import { claimCaseText, refusedCancellationCaseText, returnCaseText } from './case-texts';

const line = { sku: 'LT-1', name: HOSTILE_TEXT, quantity: 2 };

function setUp(language: UserLanguage) {
  const capture = capturedMail(() => [{ email: 'buyer@nordlys.test', language }]);
  return { ...capture, mail: new AfterSalesMail(capture.outbox, capture.config as AppConfig) };
}

describe('the after-sales e-mails', () => {
  it.each([
    [
      'nb',
      'Ordre 10001: avbestilling',
      'kan ikke avbestilles: Packed',
      'Retur RMA-1 for ordre 10001 er registrert',
      'Garantikrav W-1: avgjort',
    ],
    [
      'en',
      'Order 10001: cancellation',
      'cannot be cancelled: Packed',
      'Return RMA-1 for order 10001 is registered',
      'Warranty claim W-1: decided',
    ],
    [
      'fr',
      'Commande 10001 : annulation',
      'ne peut pas être annulé : Packed',
      'Le retour RMA-1 de la commande 10001 est enregistré',
      'Réclamation sous garantie W-1 : décision',
    ],
  ] as const)(
    'in %s: subjects, the step, and the link to its page',
    async (language, cancelSubject, refused, returnSubject, claimSubject) => {
      const { mail, mails, manager } = setUp(language);
      await mail.cancellation(manager, 'u-1', {
        ...line,
        orderId: 'o-1',
        orderNumber: 10001,
        status: 'refused',
        refusalReason: 'Packed',
      });
      await mail.returnRegistered(manager, 'u-1', {
        returnId: 'r-1',
        rmaNumber: 'RMA-1',
        orderNumber: 10001,
        lines: [line],
      });
      await mail.claimDecided(manager, 'u-1', {
        ...line,
        claimId: 'c-1',
        kind: 'warranty',
        number: 'W-1',
        orderNumber: 10001,
        decision: 'credit',
        reason: null,
        creditNoteNumber: 7,
      });
      expect(mails.map((m) => m.subject)).toEqual([cancelSubject, returnSubject, claimSubject]);
      expect(mails[0].body).toContain(refused);
      expect(mails[2].body).toContain('7');
      expect(linksTo(mails[0].html, `${PORTAL_URL}/orders/o-1`)).toBe(true);
      expect(linksTo(mails[1].html, `${PORTAL_URL}/after-sales/returns/r-1`)).toBe(true);
      expect(linksTo(mails[2].html, `${PORTAL_URL}/after-sales/claims/c-1`)).toBe(true);
      // The cancellation and the return list the line, whose name is the hostile text.
      for (const sent of mails.slice(0, 2)) expect(escapesHostileText(sent.html)).toBe(true);
    },
  );

  it.each([
    ['nb', 'Retur RMA-1 (ordre 10001)', 'Reklamasjon W-1: LT-1 (ordre 10001)', 'Ordre 10001: avbestilling av LT-1'],
    ['en', 'Return RMA-1 (order 10001)', 'Warranty claim W-1: LT-1 (order 10001)', 'Order 10001: cancellation of LT-1'],
    [
      'fr',
      'Retour RMA-1 (commande 10001)',
      'Réclamation sous garantie W-1 : LT-1 (commande 10001)',
      'Commande 10001 : annulation de LT-1',
    ],
  ] as const)('the cases they open, in %s', (language, returnSubject, claimSubject, cancellationSubject) => {
    expect(
      returnCaseText(language, { rmaNumber: 'RMA-1', orderNumber: 10001, lines: [line], reason: null }).subject,
    ).toBe(returnSubject);
    expect(
      claimCaseText(language, { kind: 'warranty', number: 'W-1', orderNumber: 10001, line, description: 'Flickers' })
        .subject,
    ).toBe(claimSubject);
    expect(refusedCancellationCaseText(language, { orderNumber: 10001, line, reason: 'Packed' }).subject).toBe(
      cancellationSubject,
    );
  });
});
