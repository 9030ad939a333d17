import type { QuoteStatus } from '@lumen/shared/domain';
import type { LoyaltyTier } from './company';

export { QUOTE_STATUSES } from '@lumen/shared/domain';
export type { QuoteStatus } from '@lumen/shared/domain';

export const QUOTE_MESSAGE_MAX = 4000;

export type QuoteAuthorSide = 'customer' | 'consultant';

export interface PersonRef {
  id: string;
  name: string;
}

/** One line of a quote: of the request snapshot, of a published revision, or of the draft. */
export interface QuoteLineView {
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  /** The list price when the line was priced, excl. VAT. */
  listPriceOre: number;
  /** The customer's tier price when the quote was requested, excl. VAT. */
  tierUnitPriceOre: number;
  /** The offered unit price excl. VAT (tier price until the consultant sets another). */
  unitPriceOre: number;
  /** Set when the consultant priced the line as a discount off list price. */
  discountPercent: number | null;
  lineTotalOre: number;
}

export interface QuoteRevisionView {
  number: number;
  publishedAt: string;
  publishedBy: PersonRef;
  validUntil: string;
  message: string | null;
  lines: QuoteLineView[];
  totalOre: number;
  totalInclVatOre: number;
}

export interface QuoteCommentView {
  id: string;
  author: PersonRef & { side: QuoteAuthorSide };
  body: string;
  createdAt: string;
}

export interface QuoteSummary {
  id: string;
  /** Human reference, e.g. `Q-000123`. */
  number: string;
  status: QuoteStatus;
  projectListId: string | null;
  projectListName: string;
  requestedBy: PersonRef;
  requestedAt: string;
  /** When the consultant's next answer is due (24 h after the request or the last customer comment). */
  dueAt: string;
  /** Milliseconds to `dueAt` when the answer was computed; negative when overdue. */
  timeLeftMs: number;
  overdue: boolean;
  claimedBy: PersonRef | null;
  /** Number of the newest published revision; 0 before the first answer. */
  currentRevision: number;
  validUntil: string | null;
  /** Total of the newest revision excl. VAT, null before the first answer. */
  totalOre: number | null;
  lineCount: number;
  acceptedRevision: number | null;
}

export interface QuoteDetail extends QuoteSummary {
  message: string | null;
  /** The project list as it was when the quote was requested, at the tier prices of that moment. */
  requestedLines: QuoteLineView[];
  /** Oldest first; each one frozen when it was published. */
  revisions: QuoteRevisionView[];
  /** In time order. */
  comments: QuoteCommentView[];
}

/** The consultant's queue row: which company, and the clock. */
export interface StaffQuoteSummary extends QuoteSummary {
  company: { id: string; name: string; tier: LoyaltyTier };
}

/** A row of the consultant's queue (`GET /api/staff/quotes`): what the quote is worth, and who is waiting. */
export interface StaffQueueQuote extends StaffQuoteSummary {
  /** The working draft's lines at their offered prices (given price, discount off list, or tier price), excl. VAT. */
  valueOre: number;
  /**
   * Customer comments since the desk last answered (a consultant comment or a published revision,
   * by any consultant): the customer is waiting on the desk. 0 when the desk has the last word.
   */
  newCustomerComments: number;
}

export interface QuoteDraftView {
  lines: QuoteLineView[];
  validUntil: string;
  message: string | null;
  totalOre: number;
}

export interface StaffQuoteDetail extends QuoteDetail {
  company: { id: string; name: string; tier: LoyaltyTier };
  draft: QuoteDraftView;
}

/** A draft line: give either `unitPriceOre` or `discountPercent` (off list price), or neither for the tier price. */
export interface QuoteDraftLineInput {
  sku: string;
  quantity: number;
  unitPriceOre?: number | null;
  discountPercent?: number | null;
}

/** Replaces the whole draft: lines not listed are removed, new SKUs are added. */
export interface SaveQuoteDraftRequest {
  lines: QuoteDraftLineInput[];
  /** ISO date-time; defaults to 30 days after publishing. */
  validUntil?: string | null;
  message?: string | null;
}

export interface QuoteCommentRequest {
  body: string;
}

export interface StaffQuoteQuery {
  /** One status, or `open` (requested, in progress, revision requested: the default). */
  status?: QuoteStatus | 'open' | 'all';
  overdue?: 'true' | 'false';
}

export interface QuoteMetrics {
  /** The window the answer figures cover, in days back from now. */
  windowDays: number;
  /** Answers published in the window (each revision answers one request). */
  answeredCount: number;
  answeredWithin24hCount: number;
  /**
   * answered within 24 h / (answered + still open and already overdue); null with nothing to count.
   * Open overdue requests count against the share: they have already missed the promise.
   */
  answeredWithin24hShare: number | null;
  medianAnswerMs: number | null;
  openCount: number;
  overdueCount: number;
}
