import type { Mail } from '@lumen/api/mail';
import type { OrderDetail } from '@lumen/shared/contracts';

const nok = (ore: number) =>
  `kr ${(ore / 100).toLocaleString('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The order confirmation (PRODUCT.md §8–9), in Norwegian with the figures the order page shows. */
export function orderConfirmationMail(to: string, order: OrderDetail): Mail {
  const lines = order.lines
    .map(
      (line) => `${line.sku}  ${line.name}  ${line.quantity} × ${nok(line.unitPriceOre)} = ${nok(line.lineTotalOre)}`,
    )
    .join('\n');
  const when = order.desiredDeliveryDate
    ? `Ønsket leveringsdato: ${order.desiredDeliveryDate}`
    : `Forventet levering: ${order.earliestDeliveryDate} – ${order.latestDeliveryDate}${order.partialDelivery ? ' (delleveranse)' : ''}`;
  return {
    kind: 'order_confirmation',
    to,
    subject: `Ordrebekreftelse ${order.number} / Order confirmation ${order.number}`,
    body: [
      `Takk for bestillingen! Ordrenummer ${order.number}.`,
      order.purchaseOrderReference ? `Deres referanse: ${order.purchaseOrderReference}` : '',
      '',
      lines,
      '',
      `Varer: ${nok(order.totals.goodsOre)}`,
      `Frakt: ${nok(order.totals.shippingOre)}`,
      `MVA 25 %: ${nok(order.totals.vatOre)}`,
      `Totalt inkl. MVA: ${nok(order.totals.grossOre)}`,
      '',
      `Levering til: ${order.deliveryAddress.line1}, ${order.deliveryAddress.postalCode} ${order.deliveryAddress.city}`,
      `Forventet utsendelse: ${order.expectedDispatchDate}`,
      when,
      `Betaling: faktura, ${order.paymentTermsDays} dager`,
    ]
      .filter((line, index, all) => line !== '' || all[index - 1] !== '')
      .join('\n'),
  };
}
