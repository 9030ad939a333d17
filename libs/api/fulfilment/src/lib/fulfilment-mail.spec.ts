import type { AppConfig } from '@lumen/api/core';
import { capturedMail, escapesHostileText, HOSTILE_TEXT, linksTo, plain, PORTAL_URL } from '@lumen/api/mail';
import type { UserLanguage } from '@lumen/shared/contracts';
import { FulfilmentMail } from './fulfilment-mail';

const invoice = { orderNumber: 10001, number: 5, kid: HOSTILE_TEXT, grossOre: 167_500, dueDate: '2026-11-22' };
const pdf = { filename: 'faktura-5.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF') };

function setUp(language: UserLanguage) {
  const capture = capturedMail(() => [{ order_id: 'o-1', email: 'buyer@nordlys.test', language }]);
  return { ...capture, mail: new FulfilmentMail(capture.outbox, capture.config as AppConfig) };
}

describe('the fulfilment e-mails', () => {
  it.each([
    [
      'nb',
      'Faktura 5 for ordre 10001',
      'Å betale: kr 1 675,00 innen 22.11.2026',
      'Påminnelse: faktura 5 er forfalt',
      'Utestående: kr 1 675,00',
    ],
    [
      'en',
      'Invoice 5 for order 10001',
      'Amount due: NOK 1,675.00 by 22/11/2026',
      'Reminder: invoice 5 is overdue',
      'Outstanding: NOK 1,675.00',
    ],
    [
      'fr',
      'Facture 5 pour la commande 10001',
      'Montant à payer : 1 675,00 kr avant le 22/11/2026',
      'Rappel : la facture 5 est échue',
      'Reste dû : 1 675,00 kr',
    ],
  ] as const)(
    'invoice and reminder, in %s: amount, due date and the link to the order',
    async (language, subject, due, reminderSubject, outstanding) => {
      const { mail, mails, manager } = setUp(language);
      await mail.invoiced(manager, 'o-1', invoice, pdf);
      await mail.reminders(manager, [{ orderId: 'o-1', facts: invoice, outstandingOre: 167_500 }]);
      expect(mails.map((m) => [m.kind, m.subject])).toEqual([
        ['invoice_issued', subject],
        ['invoice_reminder', reminderSubject],
      ]);
      expect(plain(mails[0].body)).toContain(due);
      expect(plain(mails[1].body)).toContain(outstanding);
      expect(mails[0].attachments).toEqual([pdf]);
      for (const sent of mails) {
        expect(linksTo(sent.html, `${PORTAL_URL}/orders/o-1`)).toBe(true);
        expect(escapesHostileText(sent.html)).toBe(true);
      }
    },
  );

  it.each([
    ['nb', 'Ordre 10001 er bekreftet', 'Forventet utsendelse: 22.11.2026'],
    ['en', 'Order 10001 is confirmed', 'Expected dispatch: 22/11/2026'],
    ['fr', 'La commande 10001 est confirmée', 'Expédition prévue : 22/11/2026'],
  ] as const)('order confirmed, in %s: the dispatch date and the link', async (language, subject, dispatch) => {
    const { mail, mails, manager } = setUp(language);
    await mail.orderConfirmed(manager, 'o-1', 10001, '2026-11-22');
    expect(mails[0]).toMatchObject({ kind: 'order_confirmed', subject });
    expect(mails[0].body).toContain(dispatch);
    expect(linksTo(mails[0].html, `${PORTAL_URL}/orders/o-1`)).toBe(true);
  });

  it.each(['nb', 'en', 'fr'] as const)('shipped, in %s: tracking link and the order, escaped', async (language) => {
    const { mail, mails, manager } = setUp(language);
    await mail.shipped(manager, {
      orderId: 'o-1',
      orderNumber: 10001,
      shipmentNumber: 1,
      carrierName: HOSTILE_TEXT,
      trackingNumber: 'T1',
      trackingUrl: 'https://track.test/T1',
      lines: [{ sku: 'LT-1', name: 'Spot', quantity: 2 }],
    });
    expect(mails[0].kind).toBe('order_shipped');
    expect(linksTo(mails[0].html, 'https://track.test/T1')).toBe(true);
    expect(linksTo(mails[0].html, `${PORTAL_URL}/orders/o-1`)).toBe(true);
    expect(escapesHostileText(mails[0].html)).toBe(true);
  });
});
