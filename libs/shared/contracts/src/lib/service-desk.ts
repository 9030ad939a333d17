import type { CaseStatus, ServiceClassification } from '@lumen/shared/domain';
import type { AttachmentRef } from './after-sales';

export { CASE_STATUSES, SERVICE_CLASSIFICATIONS } from '@lumen/shared/domain';
export type { CaseStatus, ServiceClassification } from '@lumen/shared/domain';

/**
 * The customer service desk (PRODUCT.md §15): what a contact form would be, as cases with a
 * thread, worked by staff from a queue due within one business day (08:00–16:00 Europe/Oslo).
 */
export const CASE_CATEGORIES = [
  'order_change',
  'cancellation',
  'return',
  'warranty',
  'damage',
  'invoice_question',
  'technical_support',
  'account',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const CASE_SUBJECT_MAX = 200;
/** A message's text; a 1 MB message is refused with `message_too_long`. */
export const CASE_MESSAGE_MAX = 10_000;

/** `POST /api/cases`: multipart (fields below + up to 5 `files`) or JSON without files. */
export interface CreateCaseRequest {
  category: CaseCategory;
  subject: string;
  message: string;
  orderId?: string;
  orderLineId?: string;
  invoiceId?: string;
}

export interface CaseSummary {
  id: string;
  /** `C-000123`. */
  number: string;
  category: CaseCategory;
  subject: string;
  status: CaseStatus;
  company: { id: string; name: string };
  order: { id: string; number: number } | null;
  invoice: { id: string; number: number } | null;
  openedAt: string;
  openedBy: string;
  /** When the first staff answer is due (one business day); null once answered. */
  firstAnswerDueAt: string | null;
  firstAnsweredAt: string | null;
  overdue: boolean;
  assignee: { id: string; name: string } | null;
  lastMessageAt: string;
  /** The last message is the customer's and staff have not answered it. */
  awaitingStaff: boolean;
  messageCount: number;
}

export interface CaseMessage {
  id: string;
  author: { name: string; staff: boolean };
  body: string;
  createdAt: string;
  attachments: AttachmentRef[];
}

export interface TimeEntry {
  id: string;
  minutes: number;
  note: string | null;
  loggedAt: string;
  loggedBy: string;
}

export interface CaseDetail extends CaseSummary {
  orderLineId: string | null;
  messages: CaseMessage[];
  /** Staff only (absent for customers): technical support's classification and time. */
  service?: {
    classification: ServiceClassification | null;
    timeEntries: TimeEntry[];
    totalMinutes: number;
    /** Started 15-minute units that are billable (0 when covered). */
    billableUnits: number;
    /** The service invoice once billed. */
    invoice: { id: string; number: number; grossOre: number } | null;
  };
  /** Returns, claims and refused cancellations that joined this case. */
  linked: { kind: 'return' | 'warranty' | 'damage' | 'cancellation'; id: string; number: string | null }[];
}

/** `GET /api/cases?status=&page=&pageSize=`. */
export interface CasePage {
  items: CaseSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * `GET /api/staff/cases?status=&overdue=&category=&assignee=me|none|<id>&page=&pageSize=`: active
 * cases (open, waiting) unless `status` says otherwise, sorted by due time (answered cases after, by
 * last message); counts over the whole desk's active cases.
 */
export interface StaffCasePage extends CasePage {
  counts: { open: number; waitingForCustomer: number; overdue: number; unassigned: number };
}

/** `POST /api/cases/:id/messages`: multipart `body` + up to 5 `files`, or JSON `body`. */
export interface CaseMessageRequest {
  body: string;
}

/**
 * Staff: `POST /api/staff/cases/:id/reply` (JSON, or multipart with `files`) records the first answer
 * and sets `waiting_for_customer` when asked to.
 */
export interface StaffReplyRequest {
  body: string;
  waitForCustomer?: boolean;
}

/** `PUT /api/staff/cases/:id/classification`. */
export interface ClassifyCaseRequest {
  classification: ServiceClassification;
}

/** `POST /api/staff/cases/:id/time-entries`. */
export interface CreateTimeEntryRequest {
  minutes: number;
  note?: string;
}

/** `POST /api/staff/cases/:id/bill`: the service invoice for the billable units so far (PDF + EHF). */
export interface BillCaseResponse {
  invoiceId: string;
  invoiceNumber: number;
  units: number;
  grossOre: number;
}

/** `GET /api/staff/metrics/cases`: like the quote desk's. */
export interface CaseMetrics {
  windowDays: number;
  answered: number;
  answeredInTime: number;
  /** answeredInTime / answered, 0–1; null when none answered. */
  shareAnsweredInTime: number | null;
  openOverdue: number;
}

/** `GET PUT /api/staff/service-settings` (shop admin writes): the price of one started 15 minutes. */
export interface ServiceSettings {
  /** Excl. VAT, per started 15-minute unit. */
  unitPriceOre: number;
}
