import type { DocumentCharge, DocumentLanguage, InvoiceDocument } from './document-model';
import { formatDate } from './document-dates';

/** Every word the documents print, in both languages; a document is all one language. */
const TEXTS = {
  nb: {
    invoice: 'Faktura',
    creditNote: 'Kreditnota',
    orderConfirmation: 'Ordrebekreftelse',
    quote: 'Tilbud',
    invoiceNumber: 'Fakturanr.',
    creditNoteNumber: 'Kreditnotanr.',
    invoiceDate: 'Fakturadato',
    creditNoteDate: 'Dato',
    dueDate: 'Forfallsdato',
    kid: 'KID',
    orderNumber: 'Ordrenr.',
    caseNumber: 'Saksnr.',
    orderDate: 'Ordredato',
    yourReference: 'Deres ref.',
    orderedBy: 'Bestilt av',
    deliveryDate: 'Leveringsdato',
    deliveryAddress: 'Leveringsadresse',
    buyer: 'Kunde',
    organisationNumber: 'Org.nr.',
    credits: 'Krediterer faktura',
    quoteNumber: 'Tilbudsnr.',
    revision: 'Revisjon',
    publishedOn: 'Dato',
    validUntil: 'Gyldig til',
    consultant: 'Kontaktperson',
    fromQuote: 'Fra tilbud',
    shippingMethod: 'Leveringsmåte',
    paymentTerms: 'Betalingsbetingelser',
    paymentTermsDays: (days: number) => `${days} dager netto`,
    position: 'Pos.',
    sku: 'Varenr.',
    description: 'Beskrivelse',
    quantity: 'Antall',
    unitPrice: 'Enhetspris',
    lineTotal: 'Beløp',
    net: 'Sum eks. mva.',
    vat: (rate: number) => `Mva. ${rate} %`,
    vatBasis: 'Grunnlag',
    gross: 'Å betale',
    creditTotal: 'Kreditert beløp',
    total: 'Totalt inkl. mva.',
    currency: 'NOK',
    payTo: 'Betales til konto',
    page: (page: number, pages: number) => `Side ${page} av ${pages}`,
    shipping: 'Frakt',
    bulky_surcharge: 'Tillegg for stort gods',
    invoiceTerms: (due: string, kid: string) => `Betales innen ${due} med KID ${kid}.`,
    creditTerms: (invoice: number) => `Krediteres mot faktura ${invoice}.`,
    prices: 'Alle priser i NOK eks. mva.',
  },
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    orderConfirmation: 'Order confirmation',
    quote: 'Quote',
    invoiceNumber: 'Invoice no.',
    creditNoteNumber: 'Credit note no.',
    invoiceDate: 'Invoice date',
    creditNoteDate: 'Date',
    dueDate: 'Due date',
    kid: 'KID',
    orderNumber: 'Order no.',
    caseNumber: 'Case no.',
    orderDate: 'Order date',
    yourReference: 'Your ref.',
    orderedBy: 'Ordered by',
    deliveryDate: 'Delivery date',
    deliveryAddress: 'Delivery address',
    buyer: 'Customer',
    organisationNumber: 'Org. no.',
    credits: 'Credits invoice',
    quoteNumber: 'Quote no.',
    revision: 'Revision',
    publishedOn: 'Date',
    validUntil: 'Valid until',
    consultant: 'Contact',
    fromQuote: 'From quote',
    shippingMethod: 'Shipping',
    paymentTerms: 'Payment terms',
    paymentTermsDays: (days: number) => `${days} days net`,
    position: 'No.',
    sku: 'SKU',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    lineTotal: 'Amount',
    net: 'Total excl. VAT',
    vat: (rate: number) => `VAT ${rate} %`,
    vatBasis: 'Basis',
    gross: 'Amount due',
    creditTotal: 'Amount credited',
    total: 'Total incl. VAT',
    currency: 'NOK',
    payTo: 'Pay to account',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    shipping: 'Shipping',
    bulky_surcharge: 'Bulky goods surcharge',
    invoiceTerms: (due: string, kid: string) => `Pay by ${due} with KID ${kid}.`,
    creditTerms: (invoice: number) => `Credited against invoice ${invoice}.`,
    prices: 'All prices in NOK excl. VAT.',
  },
} as const;

export type DocumentTexts = (typeof TEXTS)[DocumentLanguage];

export function textsFor(language: DocumentLanguage): DocumentTexts {
  return TEXTS[language];
}

export function chargeLabel(kind: DocumentCharge['kind'], language: DocumentLanguage): string {
  return TEXTS[language][kind];
}

/** The payment terms sentence of an invoice or credit note (PDF and EHF say the same). */
export function paymentTermsNote(doc: InvoiceDocument): string {
  const texts = TEXTS[doc.language];
  if (doc.kind === 'credit_note' && doc.credits) return texts.creditTerms(doc.credits.number);
  return texts.invoiceTerms(formatDate(doc.dueDate ?? doc.issueDate, doc.language), doc.kid);
}
