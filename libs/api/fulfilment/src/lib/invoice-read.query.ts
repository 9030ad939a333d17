import { Injectable } from '@nestjs/common';
import type { DocumentLanguage, DocumentParty, InvoiceDocument, SellerDetails } from '@lumen/api/documents';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type {
  InvoiceDetail,
  InvoiceKind,
  InvoiceLine,
  InvoicePage,
  InvoiceStatus,
  InvoiceSummary,
  OrderAddress,
} from '@lumen/shared/contracts';
import { caseNumber, osloDateTime, VAT_PERCENT } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

export interface InvoiceFilter {
  status?: InvoiceStatus;
  kind?: InvoiceKind;
  orderId?: string;
  page: number;
  pageSize: number;
}

/** Today in Norway: an invoice is overdue from the day after its due date there. */
export const osloToday = (now = new Date()) => osloDateTime(now).date;

/** What is left to pay on an invoice `i` (with STATUS_JOINS): gross less payments less credit notes. */
export const OUTSTANDING_SQL = `(i.gross_ore - COALESCE(pay.paid_ore, 0) - COALESCE(cr.credited_ore, 0))`;
export const STATUS_JOINS = `
  LEFT JOIN LATERAL (SELECT sum(p.amount_ore) AS paid_ore FROM payments p WHERE p.invoice_id = i.id) pay ON true
  LEFT JOIN LATERAL (SELECT sum(c.gross_ore) AS credited_ore FROM invoices c WHERE c.credited_invoice_id = i.id) cr ON true`;

/**
 * An invoice's paid amount and status, as one SELECT list over `invoices i` with `today`: paid
 * when payments and the credit notes against it cover the gross; otherwise overdue once the due
 * date has passed in Norway. A credit note is settled by being issued, so it reads as paid.
 */
const statusColumns = (today: string) => `
  COALESCE(pay.paid_ore, 0) AS paid_ore,
  CASE WHEN i.kind = 'credit_note' OR ${OUTSTANDING_SQL} <= 0 THEN 'paid'
       WHEN i.due_date < ${today}::date THEN 'overdue' ELSE 'open' END AS status,
  ${OUTSTANDING_SQL} AS outstanding_ore`;

interface SummaryRow {
  id: string;
  kind: InvoiceKind;
  number: string;
  issue_date: string;
  due_date: string;
  kid: string;
  status: InvoiceStatus;
  order_id: string | null;
  order_number: string | null;
  case_id: string | null;
  case_number: string | null;
  company_id: string;
  company_name: string;
  purchase_order_reference: string | null;
  net_ore: string;
  vat_ore: string;
  gross_ore: string;
  paid_ore: string;
  outstanding_ore: string;
  credited_id: string | null;
  credited_number: string | null;
  total_count?: number;
}

const SUMMARY_SELECT = (today: string) => `
  SELECT i.id, i.kind, i.number, to_char(i.issue_date, 'YYYY-MM-DD') AS issue_date,
         to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.kid, i.order_id, o.number AS order_number,
         i.case_id, sc.number AS case_number, i.company_id, co.name AS company_name, i.purchase_order_reference, i.net_ore, i.vat_ore, i.gross_ore,
         ci.id AS credited_id, ci.number AS credited_number, ${statusColumns(today)}
  FROM invoices i
  -- An invoice bills an order's shipment, or a service case's time (a CHECK keeps it one of them).
  LEFT JOIN orders o ON o.id = i.order_id
  LEFT JOIN cases sc ON sc.id = i.case_id
  JOIN companies co ON co.id = i.company_id
  LEFT JOIN invoices ci ON ci.id = i.credited_invoice_id
  ${STATUS_JOINS}`;

/** Invoices and credit notes as the customer (own company, through the Scope) and the shop read them. */
@Injectable()
export class InvoiceReadQuery {
  async page(manager: EntityManager, scope: Scope, filter: InvoiceFilter): Promise<InvoicePage> {
    const params: unknown[] = [osloToday()];
    const conditions = [scopeSql(scope, 'i.company_id', params)];
    if (filter.kind) {
      params.push(filter.kind);
      conditions.push(`i.kind = $${params.length}`);
    }
    if (filter.orderId) {
      params.push(filter.orderId);
      conditions.push(`i.order_id = $${params.length}`);
    }
    let statusFilter = 'TRUE';
    if (filter.status) {
      params.push(filter.status);
      statusFilter = `f.status = $${params.length}`;
    }
    params.push(filter.pageSize, (filter.page - 1) * filter.pageSize);
    const [limit, offset] = [params.length - 1, params.length];
    // One statement: the page, its total and the sums over the whole filter.
    const rows: (SummaryRow & { sum_gross: string; sum_open: string; sum_overdue: string })[] = await manager.query(
      `WITH f AS (${SUMMARY_SELECT('$1')} WHERE ${conditions.join(' AND ')}),
            filtered AS (SELECT * FROM f WHERE ${statusFilter}),
            sums AS (
              SELECT count(*)::int AS total_count,
                     COALESCE(sum(CASE WHEN kind = 'invoice' THEN gross_ore ELSE -gross_ore END), 0) AS sum_gross,
                     COALESCE(sum(outstanding_ore) FILTER (WHERE status <> 'paid'), 0) AS sum_open,
                     COALESCE(sum(outstanding_ore) FILTER (WHERE status = 'overdue'), 0) AS sum_overdue
              FROM filtered)
       SELECT sums.*, page.* FROM sums
       LEFT JOIN LATERAL (SELECT * FROM filtered ORDER BY issue_date DESC, number DESC LIMIT $${limit} OFFSET $${offset}) page ON true`,
      params,
    );
    const sums = rows[0];
    return {
      items: rows.filter((row) => row.id !== null).map(toSummary),
      total: sums.total_count ?? 0,
      page: filter.page,
      pageSize: filter.pageSize,
      totals: {
        grossOre: Number(sums.sum_gross),
        openOre: Number(sums.sum_open),
        overdueOre: Number(sums.sum_overdue),
      },
    };
  }

  async detail(manager: EntityManager, scope: Scope, invoiceId: string): Promise<InvoiceDetail> {
    const params: unknown[] = [osloToday(), invoiceId];
    const [row]: (SummaryRow & { shipment_id: string | null })[] = await manager.query(
      `SELECT f.*, i.shipment_id FROM (${SUMMARY_SELECT('$1')} WHERE i.id = $2 AND ${scopeSql(scope, 'i.company_id', params)}) f
       JOIN invoices i ON i.id = f.id`,
      params,
    );
    if (!row) throw AppError.notFound('Invoice');
    const lines = await this.lines(manager, invoiceId);
    const payments: { id: string; amountOre: string; paidOn: string }[] = await manager.query(
      `SELECT id, amount_ore AS "amountOre", to_char(paid_on, 'YYYY-MM-DD') AS "paidOn"
       FROM payments WHERE invoice_id = $1 ORDER BY paid_on, created_at`,
      [invoiceId],
    );
    const summary = toSummary(row);
    return {
      ...summary,
      shipmentId: row.shipment_id,
      lines,
      vatBreakdown: [{ ratePercent: VAT_PERCENT, taxableOre: summary.netOre, vatOre: summary.vatOre }],
      payments: payments.map((p) => ({ id: p.id, amountOre: Number(p.amountOre), paidOn: p.paidOn })),
    };
  }

  /** The invoice as the PDF and EHF renderers draw it, in `language`, if the scope may see it. */
  document(
    manager: EntityManager,
    scope: Scope,
    invoiceId: string,
    language: DocumentLanguage,
  ): Promise<InvoiceDocument> {
    const params: unknown[] = [invoiceId];
    return this.documentWhere(manager, scopeSql(scope, 'i.company_id', params), params, language);
  }

  /** The same for the outbox, which renders an e-mailed invoice's PDF at send time for no caller. */
  documentForMail(manager: EntityManager, invoiceId: string, language: DocumentLanguage): Promise<InvoiceDocument> {
    return this.documentWhere(manager, 'TRUE', [invoiceId], language);
  }

  private async documentWhere(
    manager: EntityManager,
    where: string,
    params: unknown[],
    language: DocumentLanguage,
  ): Promise<InvoiceDocument> {
    const invoiceId = params[0] as string;
    const [row]: {
      kind: InvoiceKind;
      number: string;
      issue_date: string;
      due_date: string;
      kid: string;
      seller: SellerDetails;
      buyer: DocumentParty;
      delivery_address: OrderAddress;
      purchase_order_reference: string | null;
      note: string | null;
      net_ore: string;
      vat_ore: string;
      gross_ore: string;
      order_number: string | null;
      placed_on: string | null;
      case_number: string | null;
      credited_number: string | null;
      credited_issue_date: string | null;
    }[] = await manager.query(
      `SELECT i.kind, i.number, to_char(i.issue_date, 'YYYY-MM-DD') AS issue_date,
              to_char(i.due_date, 'YYYY-MM-DD') AS due_date, i.kid, i.seller, i.buyer, i.delivery_address,
              i.purchase_order_reference, i.note, i.net_ore, i.vat_ore, i.gross_ore, o.number AS order_number,
              to_char(o.placed_at AT TIME ZONE 'Europe/Oslo', 'YYYY-MM-DD') AS placed_on, sc.number AS case_number,
              ci.number AS credited_number, to_char(ci.issue_date, 'YYYY-MM-DD') AS credited_issue_date
       FROM invoices i LEFT JOIN orders o ON o.id = i.order_id LEFT JOIN cases sc ON sc.id = i.case_id
       LEFT JOIN invoices ci ON ci.id = i.credited_invoice_id
       WHERE i.id = $1 AND ${where}`,
      params,
    );
    if (!row) throw AppError.notFound('Invoice');
    const lines: (InvoiceLine & { charge: 'shipping' | 'bulky_surcharge' | 'service' | null })[] = await manager.query(
      `${LINES_SELECT}, charge FROM invoice_lines WHERE invoice_id = $1 ORDER BY position`,
      [invoiceId],
    );
    const netOre = Number(row.net_ore);
    const vatOre = Number(row.vat_ore);
    const address = row.delivery_address;
    return {
      kind: row.kind,
      language,
      number: Number(row.number),
      issueDate: row.issue_date,
      dueDate: row.kind === 'invoice' ? row.due_date : null,
      kid: row.kid,
      // The seller the invoice was issued by, not today's settings: an invoice never changes.
      seller: row.seller,
      buyer: row.buyer,
      order: row.order_number && row.placed_on ? { number: Number(row.order_number), placedOn: row.placed_on } : null,
      ...(row.case_number ? { serviceCase: { number: caseNumber(row.case_number) } } : {}),
      purchaseOrderReference: row.purchase_order_reference,
      // A service invoice delivers nothing: no delivery block, no delivery date.
      delivery: row.case_number ? null : {
        date: row.issue_date,
        address: {
          line1: address.line1,
          line2: address.line2,
          postalCode: address.postalCode,
          city: address.city,
          country: address.country,
        },
        recipient: address.recipientName
          ? { name: address.recipientName, email: null, phone: address.recipientPhone ?? null }
          : null,
      },
      // Support time is a line of its own (BT-126…), not a document-level charge like shipping.
      lines: lines
        .filter((line) => line.charge === null || line.charge === 'service')
        .map((line) => ({
          position: line.position,
          sku: line.sku,
          description: line.description,
          quantity: line.quantity,
          unitPriceOre: Number(line.unitPriceOre),
          lineTotalOre: Number(line.lineTotalOre),
        })),
      charges: lines.flatMap((line) =>
        line.charge && line.charge !== 'service' ? [{ kind: line.charge, amountOre: Number(line.lineTotalOre) }] : [],
      ),
      totals: {
        netOre,
        vatOre,
        grossOre: Number(row.gross_ore),
        vatBreakdown: [{ ratePercent: VAT_PERCENT, taxableOre: netOre, vatOre }],
      },
      credits:
        row.credited_number && row.credited_issue_date
          ? { number: Number(row.credited_number), issueDate: row.credited_issue_date }
          : null,
      note: row.note,
    };
  }

  private async lines(manager: EntityManager, invoiceId: string): Promise<InvoiceLine[]> {
    const rows: InvoiceLine[] = await manager.query(
      `${LINES_SELECT} FROM invoice_lines WHERE invoice_id = $1 ORDER BY position`,
      [invoiceId],
    );
    return rows.map((line) => ({
      ...line,
      unitPriceOre: Number(line.unitPriceOre),
      lineTotalOre: Number(line.lineTotalOre),
    }));
  }
}

const LINES_SELECT = `SELECT position, sku, description, quantity, unit_price_ore AS "unitPriceOre",
  line_total_ore AS "lineTotalOre"`;

function toSummary(row: SummaryRow): InvoiceSummary {
  return {
    id: row.id,
    kind: row.kind,
    number: Number(row.number),
    issueDate: row.issue_date,
    dueDate: row.due_date,
    kid: row.kid,
    status: row.status,
    order: row.order_id && row.order_number ? { id: row.order_id, number: Number(row.order_number) } : null,
    serviceCase: row.case_id && row.case_number ? { id: row.case_id, number: caseNumber(row.case_number) } : null,
    company: { id: row.company_id, name: row.company_name },
    purchaseOrderReference: row.purchase_order_reference,
    netOre: Number(row.net_ore),
    vatOre: Number(row.vat_ore),
    grossOre: Number(row.gross_ore),
    paidOre: Number(row.paid_ore),
    credits:
      row.credited_id && row.credited_number ? { id: row.credited_id, number: Number(row.credited_number) } : null,
  };
}
