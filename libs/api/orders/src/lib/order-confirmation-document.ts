import {
  type DocumentCharge,
  type DocumentLanguage,
  type OrderConfirmationDocument,
  renderOrderConfirmationPdf,
  type SellerDetails,
} from '@lumen/api/documents';
import type { DownloadFile } from '@lumen/api/core';
import type { OrderDetail, ShippingMethod } from '@lumen/shared/contracts';
import { osloDateTime, VAT_PERCENT } from '@lumen/shared/domain';
import { quoteNumber } from '@lumen/api/quotes';
import type { EntityManager } from 'typeorm';

const SHIPPING_METHOD_NAMES: Record<DocumentLanguage, Record<ShippingMethod, string>> = {
  nb: { standard: 'Standard', express: 'Ekspress' },
  en: { standard: 'Standard', express: 'Express' },
  fr: { standard: 'Standard', express: 'Express' },
};

const FILE_STEMS: Record<DocumentLanguage, string> = {
  nb: 'ordrebekreftelse',
  en: 'order-confirmation',
  fr: 'confirmation-de-commande',
};

/** The order's buyer as printed, and the language of the person printing. */
interface ConfirmationFacts {
  company_name: string;
  organisation_number: string;
  language: DocumentLanguage | null;
}

/**
 * The printable confirmation of an order the caller has read through its Scope
 * (`OrderReadQuery.detail`), in the caller's language (the one their e-mails are written in).
 * Every figure is the order's stored one: lines, shipping, VAT and total as checkout fixed them.
 */
export async function orderConfirmationPdf(
  manager: EntityManager,
  order: OrderDetail,
  callerId: string,
  seller: SellerDetails,
): Promise<DownloadFile> {
  const [facts]: ConfirmationFacts[] = await manager.query(
    `SELECT c.name AS company_name, c.organisation_number, (SELECT language FROM users WHERE id = $2) AS language
     FROM orders o JOIN companies c ON c.id = o.company_id WHERE o.id = $1`,
    [order.id, callerId],
  );
  const language = facts.language ?? 'nb';
  const content = await renderOrderConfirmationPdf(confirmationDocument(order, facts, language, seller));
  const filename = `${FILE_STEMS[language]}-${order.number}.pdf`;
  return { filename, contentType: 'application/pdf', content };
}

function confirmationDocument(
  order: OrderDetail,
  facts: ConfirmationFacts,
  language: DocumentLanguage,
  seller: SellerDetails,
): OrderConfirmationDocument {
  const { billingAddress: billing, deliveryAddress: delivery, shippingCharges, totals } = order;
  // The order's shipping total includes the bulky surcharge; the paper names the two apart,
  // and leaves out a charge of 0 øre (free standard shipping) as the invoice does.
  const charges: DocumentCharge[] = [
    { kind: 'shipping' as const, amountOre: shippingCharges.totalOre - shippingCharges.bulkySurchargeOre },
    { kind: 'bulky_surcharge' as const, amountOre: shippingCharges.bulkySurchargeOre },
  ].filter((charge) => charge.amountOre > 0);
  return {
    language,
    seller,
    buyer: {
      name: facts.company_name,
      organisationNumber: facts.organisation_number,
      address: {
        line1: billing.line1,
        line2: billing.line2,
        postalCode: billing.postalCode,
        city: billing.city,
        country: billing.country,
      },
      contact: { name: order.placedBy, email: null, phone: null },
    },
    order: { number: order.number, placedOn: osloDateTime(new Date(order.placedAt)).date, placedBy: order.placedBy },
    purchaseOrderReference: order.purchaseOrderReference,
    delivery: {
      // The customer's own date, else the last day of the promised window: the paper promises
      // no earlier than the shop can hold to.
      date: order.desiredDeliveryDate ?? order.latestDeliveryDate,
      address: {
        line1: delivery.line1,
        line2: delivery.line2,
        postalCode: delivery.postalCode,
        city: delivery.city,
        country: delivery.country,
      },
      recipient: delivery.recipientName
        ? { name: delivery.recipientName, email: null, phone: delivery.recipientPhone ?? null }
        : null,
    },
    shippingMethod: SHIPPING_METHOD_NAMES[language][order.shippingMethod],
    paymentTermsDays: order.paymentTermsDays,
    lines: order.lines.map((line) => ({
      position: line.position,
      sku: line.sku,
      description: line.name,
      quantity: line.quantity,
      unitPriceOre: line.unitPriceOre,
      lineTotalOre: line.lineTotalOre,
    })),
    charges,
    totals: {
      netOre: totals.netOre,
      vatOre: totals.vatOre,
      grossOre: totals.grossOre,
      vatBreakdown: [{ ratePercent: VAT_PERCENT, taxableOre: totals.netOre, vatOre: totals.vatOre }],
    },
    quote: order.quote ? { number: quoteNumber(order.quote.number), revision: order.quote.revision } : null,
  };
}
