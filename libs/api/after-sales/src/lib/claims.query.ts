import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type {
  AttachmentRef,
  ClaimDecision,
  ClaimDetail,
  ClaimKind,
  ClaimPage,
  ClaimStatus,
  ClaimSummary,
} from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { formatAfterSalesNumber } from './after-sales-numbers';

interface SummaryRow {
  id: string;
  kind: ClaimKind;
  number: string;
  status: ClaimStatus;
  order_id: string;
  order_number: string;
  order_line_id: string;
  sku: string;
  name: string;
  quantity: number;
  created_at: Date;
  created_by: string;
  company_id: string;
  company_name: string;
}

interface DetailRow extends SummaryRow {
  description: string;
  decision: ClaimDecision | null;
  decision_reason: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  case_id: string | null;
  replacement_shipment_id: string | null;
  photos: { id: string; fileName: string; contentType: AttachmentRef['contentType']; sizeBytes: number }[] | null;
  credit_notes: { id: string; number: number; grossOre: number }[] | null;
}

const SUMMARY_COLUMNS = `
  k.id, k.kind, k.number, k.status, k.order_id, o.number AS order_number, k.order_line_id, l.sku, l.name,
  k.quantity, k.created_at, u.name AS created_by, k.company_id, c.name AS company_name`;
const SUMMARY_FROM = `
  FROM claims k
  JOIN orders o ON o.id = k.order_id
  JOIN order_lines l ON l.id = k.order_line_id
  JOIN companies c ON c.id = k.company_id
  JOIN users u ON u.id = k.created_by_user_id`;

/** Warranty claims and damage reports as the customer (own company) and staff (all) read them. */
@Injectable()
export class ClaimsQuery {
  async page(
    manager: EntityManager,
    scope: Scope,
    query: { kind?: ClaimKind; status?: ClaimStatus; page: number; pageSize: number },
  ): Promise<ClaimPage> {
    const params: unknown[] = [];
    const where = [scopeSql(scope, 'k.company_id', params)];
    if (query.kind) {
      params.push(query.kind);
      where.push(`k.kind = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`k.status = $${params.length}`);
    }
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM claims k WHERE ${where.join(' AND ')}`,
      params,
    );
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows: SummaryRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${where.join(' AND ')} ORDER BY k.created_at DESC, k.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async ofOrder(manager: EntityManager, orderId: string): Promise<ClaimSummary[]> {
    const rows: SummaryRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE k.order_id = $1 ORDER BY k.created_at, k.id`,
      [orderId],
    );
    return rows.map(toSummary);
  }

  async detail(manager: EntityManager, scope: Scope, id: string): Promise<ClaimDetail> {
    const params: unknown[] = [id];
    const [row]: DetailRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, k.description, k.decision, k.decision_reason, k.decided_at, du.name AS decided_by,
              k.case_id, (SELECT s.id FROM shipments s WHERE s.replacement_for_claim_id = k.id) AS replacement_shipment_id,
              (SELECT json_agg(json_build_object('id', p.attachment_id, 'fileName', p.file_name,
                  'contentType', p.content_type, 'sizeBytes', p.size_bytes) ORDER BY p.position)
               FROM claim_photos p WHERE p.claim_id = k.id) AS photos,
              (SELECT json_agg(json_build_object('id', i.id, 'number', i.number, 'grossOre', i.gross_ore) ORDER BY i.number)
               FROM refunds f JOIN invoices i ON i.id = f.credit_note_id WHERE f.claim_id = k.id) AS credit_notes
       ${SUMMARY_FROM} LEFT JOIN users du ON du.id = k.decided_by_user_id
       WHERE k.id = $1 AND ${scopeSql(scope, 'k.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Claim');
    return {
      ...toSummary(row),
      description: row.description,
      photos: (row.photos ?? []).map((photo) => ({ ...photo, url: `/api/attachments/${photo.id}` })),
      decision: row.decision,
      decisionReason: row.decision_reason,
      decidedAt: row.decided_at?.toISOString() ?? null,
      decidedBy: row.decided_by,
      replacementShipmentId: row.replacement_shipment_id,
      creditNotes: (row.credit_notes ?? []).map((note) => ({
        id: note.id,
        number: Number(note.number),
        grossOre: Number(note.grossOre),
      })),
      caseId: row.case_id,
    };
  }
}

function toSummary(row: SummaryRow): ClaimSummary {
  return {
    id: row.id,
    kind: row.kind,
    number: formatAfterSalesNumber(row.kind, row.number),
    status: row.status,
    order: { id: row.order_id, number: Number(row.order_number) },
    orderLineId: row.order_line_id,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    company: { id: row.company_id, name: row.company_name },
  };
}
