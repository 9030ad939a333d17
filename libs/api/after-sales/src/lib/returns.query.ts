import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type {
  ReturnDetail,
  ReturnLine,
  ReturnLineVerdict,
  ReturnPage,
  ReturnStatus,
  ReturnSummary,
} from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { formatAfterSalesNumber } from './after-sales-numbers';

interface SummaryRow {
  id: string;
  rma_number: string;
  status: ReturnStatus;
  order_id: string;
  order_number: string;
  company_id: string;
  company_name: string;
  created_at: Date;
  created_by: string;
  line_count: number;
  quantity: number;
  credited_net_ore: number;
}

interface DetailRow extends SummaryRow {
  reason: string | null;
  received_at: Date | null;
  inspected_at: Date | null;
  payment_method: string;
  case_id: string | null;
  lines: {
    orderLineId: string;
    sku: string;
    name: string;
    quantity: number;
    unitPriceOre: number;
    verdict: ReturnLineVerdict | null;
    refusalReason: string | null;
  }[];
  credit_notes: { id: string; number: number; grossOre: number }[] | null;
}

/** The summary's columns and tables: the line figures are one aggregate over the return's own lines. */
const SUMMARY_COLUMNS = `
  r.id, r.rma_number, r.status, r.order_id, o.number AS order_number, r.company_id, c.name AS company_name,
  r.created_at, u.name AS created_by, t.line_count, t.quantity, t.credited_net_ore`;
const SUMMARY_FROM = `
  FROM returns r
  JOIN orders o ON o.id = r.order_id
  JOIN companies c ON c.id = r.company_id
  JOIN users u ON u.id = r.created_by_user_id
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS line_count, sum(rl.quantity)::int AS quantity,
           COALESCE(sum(rl.quantity * rl.unit_price_ore) FILTER (WHERE rl.verdict = 'accepted'), 0)::bigint AS credited_net_ore
    FROM return_lines rl WHERE rl.return_id = r.id) t`;

/** Returns as the customer (own company) and staff (every company) read them: pages and one. */
@Injectable()
export class ReturnsQuery {
  async page(
    manager: EntityManager,
    scope: Scope,
    query: { status?: ReturnStatus; orderId?: string; page: number; pageSize: number },
  ): Promise<ReturnPage> {
    const params: unknown[] = [];
    const where = [scopeSql(scope, 'r.company_id', params)];
    if (query.status) {
      params.push(query.status);
      where.push(`r.status = $${params.length}`);
    }
    if (query.orderId) {
      params.push(query.orderId);
      where.push(`r.order_id = $${params.length}`);
    }
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM returns r WHERE ${where.join(' AND ')}`,
      params,
    );
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows: SummaryRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${where.join(' AND ')} ORDER BY r.created_at DESC, r.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** Every return of one order (the order's after-sales view). */
  async ofOrder(manager: EntityManager, orderId: string): Promise<ReturnSummary[]> {
    const rows: SummaryRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE r.order_id = $1 ORDER BY r.created_at, r.id`,
      [orderId],
    );
    return rows.map(toSummary);
  }

  async detail(manager: EntityManager, scope: Scope, id: string): Promise<ReturnDetail> {
    const params: unknown[] = [id];
    const [row]: DetailRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, r.reason, r.received_at, r.inspected_at, r.case_id, o.payment_method,
         (SELECT json_agg(json_build_object('orderLineId', rl.order_line_id, 'sku', l.sku, 'name', l.name,
             'quantity', rl.quantity, 'unitPriceOre', rl.unit_price_ore, 'verdict', rl.verdict,
             'refusalReason', rl.refusal_reason) ORDER BY l.position)
          FROM return_lines rl JOIN order_lines l ON l.id = rl.order_line_id WHERE rl.return_id = r.id) AS lines,
         (SELECT json_agg(json_build_object('id', i.id, 'number', i.number, 'grossOre', i.gross_ore) ORDER BY i.number)
          FROM refunds f JOIN invoices i ON i.id = f.credit_note_id WHERE f.return_id = r.id) AS credit_notes
       ${SUMMARY_FROM}
       WHERE r.id = $1 AND ${scopeSql(scope, 'r.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Return');
    return {
      ...toSummary(row),
      reason: row.reason,
      lines: row.lines.map((line): ReturnLine => ({ ...line, unitPriceOre: Number(line.unitPriceOre) })),
      receivedAt: row.received_at?.toISOString() ?? null,
      inspectedAt: row.inspected_at?.toISOString() ?? null,
      creditNotes: (row.credit_notes ?? []).map((note) => ({
        id: note.id,
        number: Number(note.number),
        grossOre: Number(note.grossOre),
      })),
      refundMethod: row.payment_method,
      caseId: row.case_id,
    };
  }
}

function toSummary(row: SummaryRow): ReturnSummary {
  return {
    id: row.id,
    rmaNumber: formatAfterSalesNumber('rma', row.rma_number),
    status: row.status,
    order: { id: row.order_id, number: Number(row.order_number) },
    company: { id: row.company_id, name: row.company_name },
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    lineCount: row.line_count,
    quantity: row.quantity,
    creditedNetOre: Number(row.credited_net_ore),
  };
}
