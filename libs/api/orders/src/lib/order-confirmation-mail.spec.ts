import { escapesHostileText, HOSTILE_TEXT, linksTo, plain, PORTAL_URL, capturedMail } from '@lumen/api/mail';
import type { OrderDetail, UserLanguage } from '@lumen/shared/contracts';
import { orderConfirmationMail } from './order-confirmation-mail';

const order = {
  id: 'o-1',
  number: 10001,
  purchaseOrderReference: HOSTILE_TEXT,
  quote: { id: 'q-1', number: 11, displayNumber: 'Q-000011', revision: 1 },
  lines: [{ sku: 'LT-1', name: 'Spot', quantity: 2, unitPriceOre: 83_750, lineTotalOre: 167_500 }],
  totals: { goodsOre: 167_500, shippingOre: 0, netOre: 167_500, vatOre: 41_875, grossOre: 209_375 },
  deliveryAddress: { line1: 'Storgata 1', postalCode: '0155', city: 'Oslo' },
  expectedDispatchDate: '2026-11-22',
  desiredDeliveryDate: null,
  earliestDeliveryDate: '2026-11-23',
  latestDeliveryDate: '2026-11-24',
  partialDelivery: false,
  paymentTermsDays: 30,
} as unknown as OrderDetail;

describe('the order confirmation', () => {
  it.each([
    [
      'nb',
      'Ordrebekreftelse 10001',
      'Totalt inkl. MVA: kr 2 093,75',
      'Forventet utsendelse: 22.11.2026',
      'Fra tilbud: Q-000011',
    ],
    [
      'en',
      'Order confirmation 10001',
      'Total incl. VAT: NOK 2,093.75',
      'Expected dispatch: 22/11/2026',
      'From quote: Q-000011',
    ],
    [
      'fr',
      'Confirmation de commande 10001',
      'Total TTC : 2 093,75 kr',
      'Expédition prévue : 22/11/2026',
      'D’après le devis : Q-000011',
    ],
  ] as const)(
    'in %s: formatted amounts and dates, and the link to the order',
    async (language, subject, total, dispatch, quote) => {
      const { manager } = capturedMail(() => [{ email: 'buyer@nordlys.test', language: language as UserLanguage }]);
      const [mail] = await orderConfirmationMail(manager, order, PORTAL_URL);
      expect(mail).toMatchObject({ kind: 'order_confirmation', to: 'buyer@nordlys.test', subject });
      const text = plain(mail.body);
      expect(text).toContain(total);
      expect(text).toContain(dispatch);
      expect(text).toContain(quote);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(mail.body).toContain(`${PORTAL_URL}/orders/o-1`);
      const { mails, outbox } = capturedMail(() => []);
      await outbox.enqueue(manager, mail);
      expect(linksTo(mails[0].html, `${PORTAL_URL}/orders/o-1`)).toBe(true);
      expect(escapesHostileText(mails[0].html)).toBe(true);
    },
  );
});
