import {
  formatMailDate,
  formatMailMoney,
  type Mail,
  type MailRecipient,
  type MailTexts,
  mailTo,
} from '@lumen/api/mail';
import type { OrderDetail, UserLanguage } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';

/** The words of the confirmation, per language. */
const WORDS: Record<
  UserLanguage,
  {
    subject: (number: number) => string;
    thanks: (number: number) => string;
    fromQuote: string;
    reference: string;
    goods: string;
    shipping: string;
    vat: string;
    total: string;
    deliverTo: string;
    dispatch: string;
    desired: string;
    expected: string;
    partial: string;
    payment: (days: number) => string;
    follow: string;
  }
> = {
  nb: {
    subject: (number) => `Ordrebekreftelse ${number}`,
    thanks: (number) => `Takk for bestillingen! Ordrenummer ${number}.`,
    fromQuote: 'Fra tilbud',
    reference: 'Deres referanse',
    goods: 'Varer',
    shipping: 'Frakt',
    vat: 'MVA 25 %',
    total: 'Totalt inkl. MVA',
    deliverTo: 'Levering til',
    dispatch: 'Forventet utsendelse',
    desired: 'Ønsket leveringsdato',
    expected: 'Forventet levering',
    partial: ' (delleveranse)',
    payment: (days) => `Betaling: faktura, ${days} dager`,
    follow: 'Følg ordren her:',
  },
  en: {
    subject: (number) => `Order confirmation ${number}`,
    thanks: (number) => `Thank you for your order! Order number ${number}.`,
    fromQuote: 'From quote',
    reference: 'Your reference',
    goods: 'Goods',
    shipping: 'Shipping',
    vat: 'VAT 25 %',
    total: 'Total incl. VAT',
    deliverTo: 'Delivery to',
    dispatch: 'Expected dispatch',
    desired: 'Requested delivery date',
    expected: 'Expected delivery',
    partial: ' (partial delivery)',
    payment: (days) => `Payment: invoice, ${days} days`,
    follow: 'Follow the order here:',
  },
  fr: {
    subject: (number) => `Confirmation de commande ${number}`,
    thanks: (number) => `Merci pour votre commande ! Numéro de commande ${number}.`,
    fromQuote: 'D’après le devis',
    reference: 'Votre référence',
    goods: 'Articles',
    shipping: 'Livraison',
    vat: 'TVA 25 %',
    total: 'Total TTC',
    deliverTo: 'Livraison à',
    dispatch: 'Expédition prévue',
    desired: 'Date de livraison souhaitée',
    expected: 'Livraison prévue',
    partial: ' (livraison partielle)',
    payment: (days) => `Paiement : facture à ${days} jours`,
    follow: 'Suivez la commande ici :',
  },
};

/** A label and its value, with the colon French typography wants a space before. */
const field = (language: UserLanguage, label: string, value: string) =>
  `${label}${language === 'fr' ? ' :' : ':'} ${value}`;

function confirmationText(language: UserLanguage, order: OrderDetail, link: string) {
  const w = WORDS[language];
  const money = (ore: number) => formatMailMoney(ore, language);
  const date = (isoDate: string) => formatMailDate(isoDate, language);
  const lines = order.lines
    .map(
      (line) =>
        `${line.sku}  ${line.name}  ${line.quantity} × ${money(line.unitPriceOre)} = ${money(line.lineTotalOre)}`,
    )
    .join('\n');
  const when = order.desiredDeliveryDate
    ? field(language, w.desired, date(order.desiredDeliveryDate))
    : field(
        language,
        w.expected,
        `${date(order.earliestDeliveryDate)} – ${date(order.latestDeliveryDate)}${order.partialDelivery ? w.partial : ''}`,
      );
  const address = order.deliveryAddress;
  const heading = [
    w.thanks(order.number),
    order.quote ? field(language, w.fromQuote, order.quote.displayNumber) : null,
    order.purchaseOrderReference ? field(language, w.reference, order.purchaseOrderReference) : null,
  ];
  const totals = [
    field(language, w.goods, money(order.totals.goodsOre)),
    field(language, w.shipping, money(order.totals.shippingOre)),
    field(language, w.vat, money(order.totals.vatOre)),
    field(language, w.total, money(order.totals.grossOre)),
  ];
  const delivery = [
    field(language, w.deliverTo, `${address.line1}, ${address.postalCode} ${address.city}`),
    field(language, w.dispatch, date(order.expectedDispatchDate)),
    when,
    w.payment(order.paymentTermsDays),
  ];
  const paragraphs = [heading.filter((line) => line !== null), [lines], totals, delivery, [w.follow, link]];
  return { subject: w.subject(order.number), body: paragraphs.map((lines) => lines.join('\n')).join('\n\n') };
}

/**
 * The order confirmation (PRODUCT.md §8–9) to whoever placed the order, in that person's
 * language, with the figures the order page shows and the link to it (`portalUrl`, AppConfig's
 * publicUrl). None when that person has been erased since (an approval decided later).
 */
export async function orderConfirmationMail(
  manager: EntityManager,
  order: OrderDetail,
  portalUrl: string,
): Promise<Mail[]> {
  const recipients: MailRecipient[] = await manager.query(
    `SELECT u.email, u.language FROM orders o JOIN users u ON u.id = o.placed_by_user_id
     WHERE o.id = $1 AND u.erased_at IS NULL`,
    [order.id],
  );
  const link = `${portalUrl}/orders/${order.id}`;
  const texts: MailTexts = {
    nb: confirmationText('nb', order, link),
    en: confirmationText('en', order, link),
    fr: confirmationText('fr', order, link),
  };
  return recipients.map((to) => mailTo(to, 'order_confirmation', texts));
}
