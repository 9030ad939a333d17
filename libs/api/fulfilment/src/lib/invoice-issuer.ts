import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, AppError } from '@lumen/api/core';
import type { DocumentParty } from '@lumen/api/documents';
import type { OrderAddress } from '@lumen/shared/contracts';
import { PAYMENT_TERMS_DAYS } from '@lumen/api/checkout';
import {
  addDays,
  creditNoteAmounts,
  kidFor,
  SERVICE_UNIT_MINUTES,
  shipmentInvoiceAmounts,
  totalsWithVat,
} from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** The order as its invoices need it; read (and locked) by the shipment's transaction. */
export interface InvoicedOrder {
  id: string;
  companyId: string;
  paymentTermsDays: number;
  purchaseOrderReference: string | null;
  deliveryAddress: OrderAddress;
  /** Shipping excl. the bulky surcharge (standard fee + express), and the bulky surcharge. */
  shippingOre: number;
  bulkySurchargeOre: number;
  buyer: DocumentParty;
}

export interface InvoicedLine {
  orderLineId: string;
  sku: string;
  name: string;
  unitPriceOre: number;
  quantity: number;
}

/** A service invoice: a case's billable support time, in started 15-minute units. */
export interface ServiceInvoiceInput {
  caseId: string;
  companyId: string;
  /** Whoever opened the case: the buyer's contact on the invoice. */
  contactUserId: string;
  units: number;
  unitPriceOre: number;
  /** The invoice date (Oslo). */
  issueDate: string;
  /** Printed as "our reference" context: the case number (`C-000123`). */
  caseNumber: string;
}

interface DocumentLineRow {
  order_line_id: string | null;
  charge: 'shipping' | 'bulky_surcharge' | 'service' | null;
  sku: string | null;
  description: string;
  quantity: number;
  unit_price_ore: number;
  line_total_ore: number;
}

/** The charge lines' descriptions as stored; the documents name charges in their own language. */
const CHARGE_DESCRIPTIONS = { shipping: 'Frakt', bulky_surcharge: 'Tillegg for stort gods' } as const;

/**
 * Issues invoices and credit notes: the amounts come from the domain rules (shipped goods, the
 * order's charges on its first invoice, VAT cumulative over the order), the number from the one
 * gap-free series. The series is a counter row taken with UPDATE … RETURNING in the caller's
 * transaction: it stays locked until that transaction ends, so numbers are handed out in commit
 * order and a rollback gives its number back — no gaps, no doubles. It is taken last, so the row
 * is held for as short a time as possible.
 */
@Injectable()
export class InvoiceIssuer {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The invoice of one shipment, dated the shipment's (Oslo) date; answers its id. */
  async issueForShipment(
    manager: EntityManager,
    order: InvoicedOrder,
    shipmentId: string,
    issueDate: string,
    lines: readonly InvoicedLine[],
  ): Promise<string> {
    const [previous]: { count: number; net: number; vat: number }[] = await manager.query(
      `SELECT count(*)::int AS count, COALESCE(sum(net_ore), 0)::bigint AS net, COALESCE(sum(vat_ore), 0)::bigint AS vat
       FROM invoices WHERE order_id = $1 AND kind = 'invoice'`,
      [order.id],
    );
    const amounts = shipmentInvoiceAmounts({
      lines,
      order: { shippingOre: order.shippingOre, bulkySurchargeOre: order.bulkySurchargeOre },
      previous: { count: previous.count, netOre: Number(previous.net), vatOre: Number(previous.vat) },
    });
    const documentLines: DocumentLineRow[] = lines.map((line, index) => ({
      order_line_id: line.orderLineId,
      charge: null,
      sku: line.sku,
      description: line.name,
      quantity: line.quantity,
      unit_price_ore: line.unitPriceOre,
      line_total_ore: amounts.lineTotalsOre[index],
    }));
    for (const [charge, amount] of [
      ['shipping', amounts.shippingOre],
      ['bulky_surcharge', amounts.bulkySurchargeOre],
    ] as const)
      if (amount > 0)
        documentLines.push({
          order_line_id: null,
          charge,
          sku: null,
          description: CHARGE_DESCRIPTIONS[charge],
          quantity: 1,
          unit_price_ore: amount,
          line_total_ore: amount,
        });
    return this.insert(manager, {
      kind: 'invoice',
      order,
      shipmentId,
      creditedInvoiceId: null,
      issueDate,
      dueDate: addDays(issueDate, order.paymentTermsDays),
      note: null,
      totals: amounts,
      lines: documentLines,
    });
  }

  /**
   * The service invoice of a case (PRODUCT.md §15): one line, "Service, 2 × 15 min", of `units`
   * at the service price, to the company at its default billing address, paid on the usual terms.
   * It has no order and no shipment; its case is on the row. Answers its id.
   */
  async issueServiceInvoice(manager: EntityManager, input: ServiceInvoiceInput): Promise<string> {
    const [buyer]: {
      name: string;
      organisation_number: string;
      contact_name: string | null;
      contact_email: string | null;
      address: OrderAddress | null;
    }[] = await manager.query(
      `SELECT c.name, c.organisation_number, u.name AS contact_name, u.email AS contact_email,
              (SELECT json_build_object('label', a.label, 'line1', a.line1, 'line2', a.line2, 'postalCode', a.postal_code,
                        'city', a.city, 'country', a.country)
               FROM addresses a WHERE a.company_id = c.id AND a.kind = 'billing' AND a.deleted_at IS NULL
               ORDER BY a.is_default DESC, a.created_at LIMIT 1) AS address
       FROM companies c LEFT JOIN users u ON u.id = $2 AND u.erased_at IS NULL WHERE c.id = $1`,
      [input.companyId, input.contactUserId],
    );
    if (!buyer?.address) throw new RangeError(`company ${input.companyId} has no billing address to invoice`);
    const address = buyer.address;
    const lineTotal = input.units * input.unitPriceOre;
    return this.insert(manager, {
      kind: 'invoice',
      order: {
        id: null,
        companyId: input.companyId,
        purchaseOrderReference: null,
        deliveryAddress: address,
        buyer: {
          name: buyer.name,
          organisationNumber: buyer.organisation_number,
          address: {
            line1: address.line1,
            line2: address.line2,
            postalCode: address.postalCode,
            city: address.city,
            country: address.country,
          },
          contact: buyer.contact_name ? { name: buyer.contact_name, email: buyer.contact_email, phone: null } : null,
        },
      },
      caseId: input.caseId,
      shipmentId: null,
      creditedInvoiceId: null,
      issueDate: input.issueDate,
      dueDate: addDays(input.issueDate, PAYMENT_TERMS_DAYS),
      note: null,
      totals: totalsWithVat([lineTotal]),
      lines: [
        {
          order_line_id: null,
          charge: 'service',
          sku: null,
          description: `Service, ${input.units} × ${SERVICE_UNIT_MINUTES} min`,
          quantity: input.units,
          unit_price_ore: input.unitPriceOre,
          line_total_ore: lineTotal,
        },
      ],
    });
  }

  /**
   * A credit note of part or all of an invoice: `lines` name the invoice's lines by position
   * and how many of their units go back (a charge line: quantity 1). No route issues one yet —
   * after-sales will (PRODUCT.md §14); the document type, numbering and EHF exist now.
   */
  async issueCreditNote(
    manager: EntityManager,
    invoiceId: string,
    issueDate: string,
    lines: readonly { position: number; quantity: number }[],
    note: string | null,
  ): Promise<string> {
    const [invoice]: {
      order_id: string;
      company_id: string;
      purchase_order_reference: string | null;
      buyer: DocumentParty;
      delivery_address: OrderAddress;
      net_ore: number;
      vat_ore: number;
      gross_ore: number;
    }[] = await manager.query(
      `SELECT order_id, company_id, purchase_order_reference, buyer, delivery_address, net_ore, vat_ore, gross_ore
       FROM invoices WHERE id = $1 AND kind = 'invoice' FOR UPDATE`,
      [invoiceId],
    );
    if (!invoice) throw new RangeError(`no invoice ${invoiceId} to credit`);
    const [previous]: { count: number; net: number; vat: number }[] = await manager.query(
      `SELECT count(*)::int AS count, COALESCE(sum(net_ore), 0)::bigint AS net, COALESCE(sum(vat_ore), 0)::bigint AS vat
       FROM invoices WHERE credited_invoice_id = $1`,
      [invoiceId],
    );
    // Each line of the invoice with what earlier credit notes already gave back of it: a credit
    // note's line is the same order line (goods) or the same charge as the invoice's.
    const invoiceLines: (DocumentLineRow & { position: number; credited: number })[] = await manager.query(
      `SELECT l.position, l.order_line_id, l.charge, l.sku, l.description, l.quantity, l.unit_price_ore,
              l.line_total_ore,
              (SELECT COALESCE(sum(cl.quantity), 0)::int FROM invoice_lines cl JOIN invoices c ON c.id = cl.invoice_id
               WHERE c.credited_invoice_id = l.invoice_id
                 AND (cl.order_line_id = l.order_line_id OR cl.charge = l.charge)) AS credited
       FROM invoice_lines l WHERE l.invoice_id = $1 ORDER BY l.position`,
      [invoiceId],
    );
    const seen = new Set<number>();
    const credited = lines.map((line, index) => {
      const field = `lines.${index}`;
      if (seen.has(line.position))
        throw AppError.invalidField(`${field}.position`, 'duplicate_position', `Line ${line.position} is named twice`);
      seen.add(line.position);
      if (!Number.isInteger(line.quantity) || line.quantity < 1)
        throw AppError.invalidField(`${field}.quantity`, 'invalid_quantity', 'Credit at least one whole unit');
      const source = invoiceLines[line.position - 1];
      if (!source)
        throw AppError.invalidField(
          `${field}.position`,
          'unknown_position',
          `The invoice has no line ${line.position}`,
        );
      const left = source.quantity - source.credited;
      if (line.quantity > left)
        throw AppError.invalidField(
          `${field}.quantity`,
          'exceeds_invoiced',
          `Line ${line.position} has ${left} left to credit (${source.credited} of ${source.quantity} credited before); ${line.quantity} is too many`,
        );
      return { source, quantity: line.quantity };
    });
    const amounts = creditNoteAmounts({
      // bigint columns and ::bigint sums arrive as numbers (the pool's parseInt8).
      invoice: { netOre: invoice.net_ore, vatOre: invoice.vat_ore, grossOre: invoice.gross_ore },
      previous: { count: previous.count, netOre: previous.net, vatOre: previous.vat },
      lines: credited.map(({ source, quantity }) => ({ unitPriceOre: source.unit_price_ore, quantity })),
    });
    return this.insert(manager, {
      kind: 'credit_note',
      order: {
        id: invoice.order_id,
        companyId: invoice.company_id,
        purchaseOrderReference: invoice.purchase_order_reference,
        deliveryAddress: invoice.delivery_address,
        buyer: invoice.buyer,
      },
      shipmentId: null,
      creditedInvoiceId: invoiceId,
      issueDate,
      dueDate: issueDate,
      note,
      totals: amounts,
      lines: credited.map(({ source, quantity }, index) => ({
        ...source,
        quantity,
        line_total_ore: amounts.lineTotalsOre[index],
      })),
    });
  }

  private async insert(
    manager: EntityManager,
    document: {
      kind: 'invoice' | 'credit_note';
      /** A service invoice has no order (`id` null) and names its case instead. */
      order: Pick<InvoicedOrder, 'companyId' | 'purchaseOrderReference' | 'deliveryAddress' | 'buyer'> & {
        id: string | null;
      };
      caseId?: string;
      shipmentId: string | null;
      creditedInvoiceId: string | null;
      issueDate: string;
      dueDate: string;
      note: string | null;
      totals: { netOre: number; vatOre: number; grossOre: number };
      lines: DocumentLineRow[];
    },
  ): Promise<string> {
    const [[{ number }]]: [{ number: string }[], number] = await manager.query(
      `UPDATE invoice_number_series SET next_number = next_number + 1 RETURNING next_number - 1 AS number`,
    );
    const { order, totals } = document;
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO invoices (kind, number, order_id, company_id, shipment_id, credited_invoice_id, issue_date, due_date,
         kid, purchase_order_reference, note, seller, buyer, delivery_address, net_ore, vat_ore, gross_ore, case_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14::jsonb, $15, $16, $17, $18)
       RETURNING id`,
      [
        document.kind,
        number,
        order.id,
        order.companyId,
        document.shipmentId,
        document.creditedInvoiceId,
        document.issueDate,
        document.dueDate,
        kidFor(Number(number)),
        order.purchaseOrderReference,
        document.note,
        // The seller as issued: the documents are drawn from this copy, never from today's settings.
        JSON.stringify(this.config.seller),
        JSON.stringify(order.buyer),
        JSON.stringify(order.deliveryAddress),
        totals.netOre,
        totals.vatOre,
        totals.grossOre,
        document.caseId ?? null,
      ],
    );
    const lines = document.lines;
    await manager.query(
      `INSERT INTO invoice_lines (invoice_id, position, order_line_id, charge, sku, description, quantity,
         unit_price_ore, line_total_ore)
       SELECT $1, t.ord, t.order_line_id, t.charge, t.sku, t.description, t.quantity, t.unit_price, t.line_total
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::int[], $7::bigint[], $8::bigint[])
         WITH ORDINALITY AS t(order_line_id, charge, sku, description, quantity, unit_price, line_total, ord)`,
      [
        id,
        lines.map((l) => l.order_line_id),
        lines.map((l) => l.charge),
        lines.map((l) => l.sku),
        lines.map((l) => l.description),
        lines.map((l) => l.quantity),
        lines.map((l) => l.unit_price_ore),
        lines.map((l) => l.line_total_ore),
      ],
    );
    return id;
  }
}
