import { Injectable } from '@nestjs/common';
import { AppError } from '@lumen/api/core';
import { InvoiceIssuer } from '@lumen/api/fulfilment';
import { osloDateTime } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** A credit note as after-sales shows it. */
export interface IssuedCredit {
  id: string;
  number: number;
  grossOre: number;
}

export interface CreditRequest {
  orderId: string;
  companyId: string;
  /** The order's payment method: where the refund goes. */
  paymentMethod: string;
  /** Goods to give back: units of order lines. */
  units: readonly { orderLineId: string; quantity: number }[];
  /** Printed on the credit note: what it is for (`RMA-000123`, `W-000042`). */
  note: string;
  /** What the refund is for: exactly one. */
  source: { returnId: string } | { claimId: string };
}

interface InvoicedLineRow {
  invoice_id: string;
  position: number;
  order_line_id: string;
  left: number;
}

/**
 * Gives goods back with credit notes against the invoices that charged them (PRODUCT.md §14):
 * a line shipped in two shipments was charged on two invoices, so one request may need one
 * credit note per invoice. Units are taken from the oldest invoice first, never more than an
 * invoice line has left after earlier credit notes. Only goods are credited — the customer's own
 * freight is not refunded, and the shipping charge stays where it was. Each credit note gets a
 * refund to the order's payment method, in the caller's transaction (which holds the order lock).
 */
@Injectable()
export class AfterSalesCredits {
  constructor(private readonly issuer: InvoiceIssuer) {}

  async credit(manager: EntityManager, request: CreditRequest, now = new Date()): Promise<IssuedCredit[]> {
    if (request.units.length === 0) return [];
    const invoiced: InvoicedLineRow[] = await manager.query(
      `SELECT i.id AS invoice_id, l.position, l.order_line_id,
              l.quantity - COALESCE((SELECT sum(cl.quantity) FROM invoice_lines cl JOIN invoices c ON c.id = cl.invoice_id
                                     WHERE c.credited_invoice_id = i.id AND cl.order_line_id = l.order_line_id), 0)::int AS left
       FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
       WHERE i.order_id = $1 AND i.kind = 'invoice' AND l.order_line_id = ANY($2::uuid[])
       ORDER BY i.number, l.position`,
      [request.orderId, request.units.map((u) => u.orderLineId)],
    );
    const perInvoice = new Map<string, { position: number; quantity: number }[]>();
    for (const unit of request.units) {
      let wanted = unit.quantity;
      for (const line of invoiced) {
        if (wanted === 0) break;
        if (line.order_line_id !== unit.orderLineId || line.left <= 0) continue;
        const quantity = Math.min(wanted, line.left);
        perInvoice.set(line.invoice_id, [
          ...(perInvoice.get(line.invoice_id) ?? []),
          { position: line.position, quantity },
        ]);
        wanted -= quantity;
      }
      if (wanted > 0)
        throw AppError.conflict(
          'after_sales_transition_not_allowed',
          `${wanted} of the units of an order line have no invoice left to credit (credited before)`,
        );
    }
    const issueDate = osloDateTime(now).date;
    const credits: IssuedCredit[] = [];
    for (const [invoiceId, lines] of perInvoice) {
      const id = await this.issuer.issueCreditNote(manager, invoiceId, issueDate, lines, request.note);
      const [note]: { number: number; gross_ore: number }[] = await manager.query(
        `INSERT INTO refunds (company_id, order_id, credit_note_id, amount_ore, method, return_id, claim_id)
         SELECT company_id, order_id, id, gross_ore, $2, $3, $4 FROM invoices WHERE id = $1
         RETURNING (SELECT number FROM invoices WHERE id = $1) AS number, amount_ore AS gross_ore`,
        [
          id,
          request.paymentMethod,
          'returnId' in request.source ? request.source.returnId : null,
          'claimId' in request.source ? request.source.claimId : null,
        ],
      );
      credits.push({ id, number: Number(note.number), grossOre: Number(note.gross_ore) });
    }
    return credits;
  }
}
