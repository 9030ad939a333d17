/**
 * After-sales (PRODUCT.md §14): cancellations, 50-day returns with an RMA number, 12-month
 * warranty claims and 48-hour damage reports. Windows run from the delivery of the goods in
 * Europe/Oslo; past one, the request is refused with the date it closed. Every return, claim,
 * damage report and refused cancellation opens or joins a service case (see `service-desk.ts`),
 * so the customer has one conversation per order.
 */

export const RETURN_REASON_MAX = 500;
export const CLAIM_DESCRIPTION_MAX = 4000;
export const DECISION_REASON_MAX = 1000;

/** `POST /api/orders/:id/lines/:lineId/cancel-request`. */
export interface CancelLineRequest {
  quantity: number;
  reason?: string;
}

export const CANCELLATION_STATUSES = ['cancelled', 'requested', 'accepted', 'refused'] as const;
export type CancellationStatus = (typeof CANCELLATION_STATUSES)[number];

/**
 * The answer to a cancel request: `cancelled` at once (the order was not yet in preparation),
 * or `requested` for staff to accept or refuse (201 either way).
 */
export interface Cancellation {
  id: string;
  orderId: string;
  orderLineId: string;
  sku: string;
  name: string;
  quantity: number;
  status: CancellationStatus;
  reason: string | null;
  requestedAt: string;
  requestedBy: string;
  decidedAt: string | null;
  decidedBy: string | null;
  refusalReason: string | null;
  /** The case a refused request joins, so the customer can answer it. */
  caseId: string | null;
}

/** `GET /api/staff/cancellations?status=&page=&pageSize=`, newest first. */
export interface CancellationPage {
  items: Cancellation[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/staff/cancellations/:id/accept` (no body) and `/refuse`. */
export interface RefuseRequest {
  reason: string;
}

/**
 * `GET /api/orders/:id/after-sales`: per line, what may still be cancelled, returned, claimed
 * or reported, and until when — the order page's buttons and their window dates.
 */
export interface OrderAfterSales {
  orderId: string;
  /** When the whole order was delivered (the return window's start), or null. */
  deliveredAt: string | null;
  /** Last day (YYYY-MM-DD, Europe/Oslo) a return may be made; null until delivered. */
  returnOpenUntil: string | null;
  lines: OrderLineAfterSales[];
  cancellations: Cancellation[];
  returns: ReturnSummary[];
  claims: ClaimSummary[];
}

export interface OrderLineAfterSales {
  orderLineId: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  /** Open (not shipped, not cancelled, not requested) and so cancellable. */
  cancellableQuantity: number;
  /** True when a cancel is a request for staff (the order is in preparation). */
  cancelNeedsApproval: boolean;
  /** Delivered minus already returned (or in a return not refused); 0 outside the window. */
  returnableQuantity: number;
  deliveredQuantity: number;
  /** Last day a warranty claim may be filed (12 months from this line's delivery); null until delivered. */
  warrantyOpenUntil: string | null;
  /** The instant the 48-hour damage window closes; null until delivered. */
  damageReportOpenUntil: string | null;
}

export const RETURN_STATUSES = ['requested', 'received', 'inspected', 'credited', 'refused'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** `POST /api/orders/:id/returns`. */
export interface CreateReturnRequest {
  lines: { orderLineId: string; quantity: number }[];
  reason?: string;
}

export interface ReturnSummary {
  id: string;
  /** Its own series: `RMA-000123`. */
  rmaNumber: string;
  status: ReturnStatus;
  order: { id: string; number: number };
  company: { id: string; name: string };
  createdAt: string;
  createdBy: string;
  lineCount: number;
  quantity: number;
  /** Sum of accepted quantities × unit price, excl. VAT; 0 before inspection. */
  creditedNetOre: number;
}

export const RETURN_LINE_VERDICTS = ['accepted', 'refused'] as const;
export type ReturnLineVerdict = (typeof RETURN_LINE_VERDICTS)[number];

export interface ReturnLine {
  orderLineId: string;
  sku: string;
  name: string;
  quantity: number;
  unitPriceOre: number;
  verdict: ReturnLineVerdict | null;
  refusalReason: string | null;
}

export interface ReturnDetail extends ReturnSummary {
  reason: string | null;
  lines: ReturnLine[];
  receivedAt: string | null;
  inspectedAt: string | null;
  creditNotes: { id: string; number: number; grossOre: number }[];
  /** Where the refund goes: the order's payment method. */
  refundMethod: string;
  caseId: string | null;
}

/** `GET /api/returns?status=&page=&pageSize=` (company's); `GET /api/staff/returns` (all). */
export interface ReturnPage {
  items: ReturnSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** `POST /api/staff/returns/:id/inspect`: a verdict per line; accepted goods are credited at once. */
export interface InspectReturnRequest {
  lines: { orderLineId: string; verdict: ReturnLineVerdict; refusalReason?: string }[];
}

export const CLAIM_KINDS = ['warranty', 'damage'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATUSES = ['open', 'replacement_sent', 'repair', 'credited', 'refused'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What staff decide on a claim. Damage allows only `replacement` or `credit`. */
export const CLAIM_DECISIONS = ['replacement', 'repair', 'credit', 'refuse'] as const;
export type ClaimDecision = (typeof CLAIM_DECISIONS)[number];

/**
 * `POST /api/warranty-claims` and `POST /api/damage-reports`: multipart with the fields below and
 * up to `ATTACHMENTS_PER_MESSAGE_MAX` `photos` (JPEG/PNG, checked by content).
 */
export interface CreateClaimRequest {
  orderId: string;
  orderLineId: string;
  quantity: number;
  description: string;
}

export interface ClaimSummary {
  id: string;
  kind: ClaimKind;
  /** `W-000123` (warranty) or `D-000123` (damage). */
  number: string;
  status: ClaimStatus;
  order: { id: string; number: number };
  orderLineId: string;
  sku: string;
  name: string;
  quantity: number;
  createdAt: string;
  createdBy: string;
  company: { id: string; name: string };
}

export interface ClaimDetail extends ClaimSummary {
  description: string;
  photos: AttachmentRef[];
  decision: ClaimDecision | null;
  decisionReason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  /** A replacement: the shipment sent at no charge. */
  replacementShipmentId: string | null;
  /**
   * A credit: the credit notes that gave the units back — one, or one per invoice when the
   * line's units were charged on two (it shipped in parts). Empty for any other decision.
   */
  creditNotes: { id: string; number: number; grossOre: number }[];
  caseId: string | null;
}

/** `POST /api/staff/claims/:id/decide`. A refusal needs a reason. */
export interface DecideClaimRequest {
  decision: ClaimDecision;
  reason?: string;
  /** A replacement goes by this carrier and tracking number. */
  carrier?: string;
  trackingNumber?: string;
}

/** `GET /api/claims?kind=&status=` (company's), `GET /api/staff/claims` (all). */
export interface ClaimPage {
  items: ClaimSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** A stored file (a photo or a message's attachment), downloaded by its own route. */
export interface AttachmentRef {
  id: string;
  fileName: string;
  contentType: 'image/jpeg' | 'image/png' | 'application/pdf';
  sizeBytes: number;
  /** `GET /api/attachments/:id`: the caller's company's (staff: any). */
  url: string;
}

/** PRODUCT.md §15: each file ≤ 10 MB, checked by its first bytes, never by its name. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE_MAX = 5;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
