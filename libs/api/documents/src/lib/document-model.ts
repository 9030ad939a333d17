/**
 * What the renderers of this library draw: plain data, already computed and stored by the
 * feature that owns the document (amounts come from @lumen/shared/domain, never from here).
 * Dates are `YYYY-MM-DD`; money is integer øre excl. VAT unless a name says otherwise.
 */

/** The document's language: the reader's (Norwegian, English or French; PRODUCT.md §1). */
export type DocumentLanguage = 'nb' | 'en' | 'fr';

export interface PostalAddress {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

interface Contact {
  name: string;
  email: string | null;
  phone: string | null;
}

/** A company on a document: the buyer, or the seller (see SellerDetails). */
export interface DocumentParty {
  name: string;
  /** Nine digits (Brønnøysund); written "NO 123 456 789 MVA" for a VAT-registered seller. */
  organisationNumber: string;
  address: PostalAddress;
  contact: Contact | null;
}

interface BankAccount {
  /** A Norwegian account number, 11 digits (BBAN). */
  bban: string;
  iban: string;
  bic: string;
}

/** The shop itself: from seller-config.ts (demo default, overridden by env in production). */
export interface SellerDetails extends DocumentParty {
  /** The registered name ("Lumen Trade AS"); `name` is the trading name. */
  legalName: string;
  bankAccount: BankAccount;
  email: string;
  phone: string;
  website: string;
}

/** A line of goods: what the customer bought, at the unit price they pay. */
export interface DocumentLine {
  position: number;
  sku: string | null;
  description: string;
  quantity: number;
  unitPriceOre: number;
  lineTotalOre: number;
}

/** A charge on the document as a whole; the renderer names it in the document's language. */
export interface DocumentCharge {
  kind: 'shipping' | 'bulky_surcharge';
  amountOre: number;
}

export interface VatBreakdown {
  ratePercent: number;
  taxableOre: number;
  vatOre: number;
}

export interface DocumentTotals {
  /** Lines + charges. */
  netOre: number;
  vatOre: number;
  grossOre: number;
  vatBreakdown: VatBreakdown[];
}

export interface Delivery {
  /** When the goods left (the shipment date) or are expected. */
  date: string;
  address: PostalAddress;
  recipient: Contact | null;
}

/**
 * An invoice of one shipment or of a service case's support time, or a credit note of (part of)
 * an invoice: one model, because the
 * PDF and EHF of both differ only in a few fields (PRODUCT.md §13).
 */
export interface InvoiceDocument {
  kind: 'invoice' | 'credit_note';
  language: DocumentLanguage;
  number: number;
  /** The invoice date = the shipment date; a credit note's own date. */
  issueDate: string;
  /** 30 days after the issue date for an invoice; a credit note is not "due". */
  dueDate: string | null;
  kid: string;
  seller: SellerDetails;
  buyer: DocumentParty;
  /** The order invoiced; null on a service invoice, which bills a case's support time instead. */
  order: { number: number; placedOn: string } | null;
  /** A service invoice's case (`C-000123`). */
  serviceCase?: { number: string };
  /** The buyer's PO reference ("Deres ref."), when they gave one. */
  purchaseOrderReference: string | null;
  delivery: Delivery | null;
  lines: DocumentLine[];
  charges: DocumentCharge[];
  totals: DocumentTotals;
  /** A credit note: the invoice it credits. */
  credits: { number: number; issueDate: string } | null;
  /** Free text printed under the lines (a credit note's reason). */
  note: string | null;
}

/** The printable confirmation of a placed order (PRODUCT.md §13, last bullet). */
export interface OrderConfirmationDocument {
  language: DocumentLanguage;
  seller: SellerDetails;
  buyer: DocumentParty;
  order: { number: number; placedOn: string; placedBy: string };
  purchaseOrderReference: string | null;
  delivery: Delivery | null;
  /** E.g. "Standard" / "Express", already in the document's language. */
  shippingMethod: string;
  paymentTermsDays: number;
  lines: DocumentLine[];
  charges: DocumentCharge[];
  totals: DocumentTotals;
  /** When the order came from an accepted quote. */
  quote: { number: string; revision: number } | null;
}

/** The printable offer of one published quote revision. */
export interface QuoteRevisionDocument {
  language: DocumentLanguage;
  seller: SellerDetails;
  buyer: DocumentParty;
  quote: { number: string; revision: number; publishedOn: string; validUntil: string; consultant: string };
  /** The consultant's message with the revision. */
  message: string | null;
  lines: DocumentLine[];
  totals: DocumentTotals;
}
