import type { AccessNotes, OrderAddress, OrderStatus, OrderTotals } from './orders';

/** PRODUCT.md §13: the carriers the shop hands goods to; DB Schenker carries freight (bulky). */
export const CARRIERS = ['bring', 'postnord', 'dhl', 'db_schenker'] as const;
export type Carrier = (typeof CARRIERS)[number];

export const TRACKING_NUMBER_MAX = 64;

/** How a shipment reaches the order page and the desk. */
export interface Shipment {
  id: string;
  /** Per order, from 1: "shipment 2 of order 100123". */
  number: number;
  carrier: Carrier;
  trackingNumber: string;
  /** The carrier's page for this tracking number, from the carrier's URL template. */
  trackingUrl: string;
  shippedAt: string;
  deliveredAt: string | null;
  lines: ShipmentLine[];
  invoice: { id: string; number: number } | null;
  /** A replacement sent at no charge for a warranty or damage claim (no invoice): which claim. */
  replacementFor?: { claimId: string; kind: 'warranty' | 'damage' } | null;
}

export interface ShipmentLine {
  orderLineId: string;
  sku: string;
  name: string;
  quantity: number;
}

/** `POST /api/staff/orders/:id/shipments`. */
export interface CreateShipmentRequest {
  carrier: Carrier;
  trackingNumber: string;
  lines: { orderLineId: string; quantity: number }[];
}

/** The quantities of one order line as the desk sees them. */
export interface FulfilmentLine {
  orderLineId: string;
  position: number;
  sku: string;
  name: string;
  quantity: number;
  cancelledQuantity: number;
  shippedQuantity: number;
  /** quantity − cancelled − shipped: what a new shipment may still take. */
  openQuantity: number;
  bulky: boolean;
  stockStatus: string;
}

export type OrderDeskSort = 'oldest' | 'newest';

/** A row of `GET /api/staff/orders?status=&q=&page=&pageSize=`. */
export interface OrderDeskRow {
  id: string;
  number: number;
  status: OrderStatus;
  company: { id: string; name: string };
  placedAt: string;
  /** Whole hours since placed: the desk's "age" column. */
  ageHours: number;
  purchaseOrderReference: string | null;
  lineCount: number;
  grossOre: number;
  partialDelivery: boolean;
  desiredDeliveryDate: string | null;
  bulky: boolean;
}

export interface OrderDeskPage {
  items: OrderDeskRow[];
  total: number;
  page: number;
  pageSize: number;
  /** Orders per status over the whole desk (not the filter), for the status tabs. */
  counts: Partial<Record<OrderStatus, number>>;
}

/** `GET /api/staff/orders/:id`: the order, its lines' quantities and its shipments. */
export interface OrderDeskDetail {
  id: string;
  number: number;
  status: OrderStatus;
  company: { id: string; name: string; organisationNumber: string };
  placedAt: string;
  placedBy: string;
  purchaseOrderReference: string | null;
  partialDelivery: boolean;
  desiredDeliveryDate: string | null;
  expectedDispatchDate: string;
  deliveryAddress: OrderAddress;
  /** Asked at checkout of a bulky order; null when none were given. */
  accessNotes: AccessNotes | null;
  confirmedAt: string | null;
  preparationStartedAt: string | null;
  totals: OrderTotals;
  lines: FulfilmentLine[];
  shipments: Shipment[];
}

export const INVOICE_STATUSES = ['open', 'paid', 'overdue'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export type InvoiceKind = 'invoice' | 'credit_note';

export interface InvoiceLine {
  position: number;
  sku: string | null;
  /** Product name, or "Frakt" / "Tillegg for stort gods" for the charges on the first invoice. */
  description: string;
  quantity: number;
  unitPriceOre: number;
  lineTotalOre: number;
}

export interface InvoiceSummary {
  id: string;
  kind: InvoiceKind;
  number: number;
  issueDate: string;
  dueDate: string;
  kid: string;
  status: InvoiceStatus;
  /** The order it invoices or credits; null on a service invoice, which bills a case instead. */
  order: { id: string; number: number } | null;
  /** A service invoice's case (time billed under the service terms, PRODUCT.md §15). */
  serviceCase: { id: string; number: string } | null;
  company: { id: string; name: string };
  purchaseOrderReference: string | null;
  netOre: number;
  vatOre: number;
  grossOre: number;
  paidOre: number;
  /** A credit note: the invoice it credits. */
  credits: { id: string; number: number } | null;
}

export interface InvoiceDetail extends InvoiceSummary {
  shipmentId: string | null;
  lines: InvoiceLine[];
  vatBreakdown: { ratePercent: number; taxableOre: number; vatOre: number }[];
  payments: { id: string; amountOre: number; paidOn: string }[];
}

/** `GET /api/invoices?status=&kind=&orderId=&page=&pageSize=`: the company's (staff: every company's). */
export interface InvoicePage {
  items: InvoiceSummary[];
  total: number;
  page: number;
  pageSize: number;
  /** Sums over the whole filter, not just the page. */
  totals: { grossOre: number; openOre: number; overdueOre: number };
}

/** `POST /api/staff/payments`. */
export interface RecordPaymentRequest {
  kid: string;
  amountOre: number;
  /** YYYY-MM-DD; today (Europe/Oslo) when left out. */
  paidOn?: string;
}

/** `POST /api/staff/payments/bank-file` (multipart `file`, CSV `KID;amount;date`): all or nothing. */
export interface BankFileResult {
  recorded: number;
  totalOre: number;
  /** Lines that paid more than was left on their invoice (recorded all the same), in file order. */
  overpaid: BankFileOverpayment[];
}

/** A bank file's line that overpays: by how much, in øre. */
export interface BankFileOverpayment {
  line: number;
  kid: string;
  overpaidOre: number;
}

/** `GET /api/staff/fulfilment-settings`; `PUT` (shop admin) takes the same shape. */
export interface FulfilmentSettings {
  /** Per carrier, a URL with the placeholder `{tracking}` where the tracking number goes. */
  trackingUrlTemplates: Record<Carrier, string>;
  /** Days past the due date after which an unpaid invoice gets its one reminder e-mail. */
  reminderAfterDays: number;
}

export const TRACKING_PLACEHOLDER = '{tracking}';
export const REMINDER_AFTER_DAYS_MAX = 365;
