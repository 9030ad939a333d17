import { assertConsistentAmounts } from '../document-checks';
import type { Delivery, InvoiceDocument, OrderConfirmationDocument, QuoteRevisionDocument } from '../document-model';
import type { DocumentTexts } from '../document-texts';
import { paymentTermsNote, textsFor } from '../document-texts';
import { formatAmount } from '../money-format';
import { formatDate } from '../document-dates';
import { DocumentPdf, partyLines, type MetaRow } from './pdf-layout';

function deliveryBlock(delivery: Delivery, texts: DocumentTexts): { title: string; lines: string[] } {
  const { address, recipient } = delivery;
  return {
    title: texts.deliveryAddress,
    lines: [
      ...(recipient ? [recipient.phone ? `${recipient.name}, ${recipient.phone}` : recipient.name] : []),
      address.line1,
      ...(address.line2 ? [address.line2] : []),
      `${address.postalCode} ${address.city}`,
      address.country,
    ],
  };
}

/** The PDF of an invoice ("Faktura") or a credit note ("Kreditnota"), in the document's language. */
export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  assertConsistentAmounts(doc.lines, doc.charges, doc.totals);
  const invoice = doc.kind === 'invoice';
  const lang = doc.language;
  const t = textsFor(lang);
  const pdf = new DocumentPdf(lang, doc.seller, `${invoice ? t.invoice : t.creditNote} ${doc.number}`);
  const meta: MetaRow[] = [
    { label: invoice ? t.invoiceNumber : t.creditNoteNumber, value: String(doc.number) },
    { label: invoice ? t.invoiceDate : t.creditNoteDate, value: formatDate(doc.issueDate, lang) },
    ...(doc.dueDate && invoice ? [{ label: t.dueDate, value: formatDate(doc.dueDate, lang) }] : []),
    ...(doc.credits
      ? [{ label: t.credits, value: `${doc.credits.number} (${formatDate(doc.credits.issueDate, lang)})` }]
      : []),
    { label: t.kid, value: doc.kid },
    ...(doc.order ? [{ label: t.orderNumber, value: String(doc.order.number) }] : []),
    ...(doc.serviceCase ? [{ label: t.caseNumber, value: doc.serviceCase.number }] : []),
    ...(doc.purchaseOrderReference ? [{ label: t.yourReference, value: doc.purchaseOrderReference }] : []),
    ...(doc.delivery ? [{ label: t.deliveryDate, value: formatDate(doc.delivery.date, lang) }] : []),
  ];
  pdf.header(invoice ? t.invoice : t.creditNote, meta);
  pdf.parties([
    { title: t.buyer, lines: [...partyLines(doc.buyer, t), ...(doc.buyer.contact ? [doc.buyer.contact.name] : [])] },
    ...(doc.delivery ? [deliveryBlock(doc.delivery, t)] : []),
  ]);
  pdf.lines(doc.lines, doc.charges);
  pdf.totals(
    doc.totals,
    invoice ? t.gross : t.creditTotal,
    invoice
      ? [
          ...pdf.accountRows(),
          { label: t.kid, value: doc.kid },
          ...(doc.dueDate ? [{ label: t.dueDate, value: formatDate(doc.dueDate, lang) }] : []),
          { label: t.gross, value: t.amount(formatAmount(doc.totals.grossOre, lang)) },
        ]
      : [],
  );
  if (doc.note) pdf.paragraph(doc.note);
  pdf.paragraph(paymentTermsNote(doc));
  return pdf.finish();
}

/** The printable confirmation of an order. */
export async function renderOrderConfirmationPdf(doc: OrderConfirmationDocument): Promise<Buffer> {
  assertConsistentAmounts(doc.lines, doc.charges, doc.totals);
  const lang = doc.language;
  const t = textsFor(lang);
  const pdf = new DocumentPdf(lang, doc.seller, `${t.orderConfirmation} ${doc.order.number}`);
  pdf.header(t.orderConfirmation, [
    { label: t.orderNumber, value: String(doc.order.number) },
    { label: t.orderDate, value: formatDate(doc.order.placedOn, lang) },
    { label: t.orderedBy, value: doc.order.placedBy },
    ...(doc.purchaseOrderReference ? [{ label: t.yourReference, value: doc.purchaseOrderReference }] : []),
    ...(doc.quote ? [{ label: t.fromQuote, value: `${doc.quote.number} / ${t.revision} ${doc.quote.revision}` }] : []),
    { label: t.shippingMethod, value: doc.shippingMethod },
    { label: t.paymentTerms, value: t.paymentTermsDays(doc.paymentTermsDays) },
    ...(doc.delivery ? [{ label: t.deliveryDate, value: formatDate(doc.delivery.date, lang) }] : []),
  ]);
  pdf.parties([
    { title: t.buyer, lines: partyLines(doc.buyer, t) },
    ...(doc.delivery ? [deliveryBlock(doc.delivery, t)] : []),
  ]);
  pdf.lines(doc.lines, doc.charges);
  pdf.totals(doc.totals, t.total);
  pdf.paragraph(t.prices);
  return pdf.finish();
}

/** The printable offer of one quote revision. */
export async function renderQuoteRevisionPdf(doc: QuoteRevisionDocument): Promise<Buffer> {
  assertConsistentAmounts(doc.lines, [], doc.totals);
  const lang = doc.language;
  const t = textsFor(lang);
  const pdf = new DocumentPdf(lang, doc.seller, `${t.quote} ${doc.quote.number}, ${t.revision} ${doc.quote.revision}`);
  pdf.header(t.quote, [
    { label: t.quoteNumber, value: doc.quote.number },
    { label: t.revision, value: String(doc.quote.revision) },
    { label: t.publishedOn, value: formatDate(doc.quote.publishedOn, lang) },
    { label: t.validUntil, value: formatDate(doc.quote.validUntil, lang) },
    { label: t.consultant, value: doc.quote.consultant },
  ]);
  pdf.parties([{ title: t.buyer, lines: partyLines(doc.buyer, t) }]);
  if (doc.message) pdf.paragraph(doc.message);
  pdf.lines(doc.lines, []);
  pdf.totals(doc.totals, t.total);
  pdf.paragraph(t.prices);
  return pdf.finish();
}
