import type { AppConfig } from '@lumen/api/core';
import { capturedMail, escapesHostileText, HOSTILE_TEXT, linksTo, plain, PORTAL_URL } from '@lumen/api/mail';
import { PurchasingMail } from './purchasing-mail';

describe('the approval e-mails', () => {
  it.each([
    ['nb', 'Ordre 10001 venter på din godkjenning', 'kr 1 675,00 eks. mva.', '22.11.2026', 'Ordre 10001 ble avvist'],
    ['en', 'Order 10001 awaits your approval', 'NOK 1,675.00 excl. VAT', '22/11/2026', 'Order 10001 was rejected'],
    [
      'fr',
      'La commande 10001 attend votre approbation',
      '1 675,00 kr HT',
      '22/11/2026',
      'La commande 10001 a été refusée',
    ],
  ] as const)('in %s: amount, hold date and the links', async (language, subject, amount, date, rejected) => {
    const capture = capturedMail(() => [
      {
        approval_id: 'a-1',
        order_id: 'o-1',
        order_number: 10001,
        orderer: HOSTILE_TEXT,
        net_ore: 167_500,
        hold_until: new Date('2026-11-22T12:00:00Z'),
        rejection_reason: HOSTILE_TEXT,
        email: 'admin@nordlys.test',
        language,
      },
    ]);
    const mail = new PurchasingMail(capture.outbox, capture.config as AppConfig);
    await mail.requested(capture.manager, 'a-1');
    await mail.closed(capture.manager, ['a-1'], 'rejected');
    const [request, rejection] = capture.mails;
    expect(request).toMatchObject({ kind: 'approval_requested', subject });
    expect(plain(request.body)).toContain(amount);
    expect(request.body).toContain(date);
    expect(linksTo(request.html, `${PORTAL_URL}/approvals/a-1`)).toBe(true);
    expect(rejection).toMatchObject({ kind: 'approval_rejected', subject: rejected });
    expect(linksTo(rejection.html, `${PORTAL_URL}/orders/o-1`)).toBe(true);
    expect(escapesHostileText(request.html) && escapesHostileText(rejection.html)).toBe(true);
  });
});
