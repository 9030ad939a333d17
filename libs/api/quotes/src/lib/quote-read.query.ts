import { Injectable } from '@nestjs/common';
import { AppError, type CompanyScope, type Scope, scopeSql } from '@lumen/api/core';
import type {
  QuoteCommentView,
  QuoteDetail,
  QuoteDraftView,
  QuoteRevisionView,
  StaffQueueQuote,
  StaffQuoteDetail,
} from '@lumen/shared/contracts';
import {
  AWAITING_CONSULTANT_STATUSES,
  defaultQuoteValidUntil,
  offeredTotal,
  offeredUnitPrice,
  type QuoteStatus,
  withVat,
} from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import {
  LINE_SQL,
  QUEUE_COLUMNS,
  QUOTE_SUMMARY_COLUMNS,
  QUOTE_SUMMARY_FROM,
  QUOTE_SUMMARY_SQL,
  type QueueRow,
  type QuoteSummaryRow,
  type StoredLine,
  toLineView,
  toQuoteSummary,
  toStaffQueueQuote,
  toStaffQuoteSummary,
} from './quote-rows';
import { quoteStatusInSql } from './quote-status-sql';

export const QUEUE_LIMIT_MAX = 500;

export interface QueueFilter {
  /** Statuses to show; the consultant's default is the open ones. */
  statuses: readonly QuoteStatus[];
  overdue: boolean | null;
  limit: number;
}

/** Reads quotes as the customer and the consultant see them. No writes here. */
@Injectable()
export class QuoteReadQuery {
  /** One quote the scope sees; another company's is "not found", exactly like a missing one. */
  async summaryRow(manager: EntityManager, scope: Scope, id: string): Promise<QuoteSummaryRow> {
    const params: unknown[] = [id];
    const [row] = await manager.query(
      `${QUOTE_SUMMARY_SQL} WHERE q.id = $1 AND ${scopeSql(scope, 'q.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Quote');
    return row;
  }

  async companyQuotes(manager: EntityManager, scope: CompanyScope, now: Date) {
    const params: unknown[] = [];
    const rows: QuoteSummaryRow[] = await manager.query(
      `${QUOTE_SUMMARY_SQL} WHERE ${scopeSql(scope, 'q.company_id', params)} ORDER BY q.requested_at DESC LIMIT 500`,
      params,
    );
    return rows.map((row) => toQuoteSummary(row, now));
  }

  /**
   * The consultant's queue: open quotes by due time. The partial index
   * `quotes_open_by_due_idx` answers the default filter without touching closed quotes.
   */
  async queue(manager: EntityManager, filter: QueueFilter, now: Date): Promise<StaffQueueQuote[]> {
    const rows: QueueRow[] = await manager.query(queueSql(filter), queueParameters(filter, now));
    return rows.map((row) => toStaffQueueQuote(row, now));
  }

  async customerDetail(manager: EntityManager, scope: CompanyScope, id: string, now: Date): Promise<QuoteDetail> {
    const row = await this.summaryRow(manager, scope, id);
    return this.detailOf(manager, row, now);
  }

  async staffDetail(manager: EntityManager, scope: Scope, id: string, now: Date): Promise<StaffQuoteDetail> {
    const row = await this.summaryRow(manager, scope, id);
    const detail = await this.detailOf(manager, row, now);
    const draftLines: StoredLine[] = await manager.query(
      `SELECT ${LINE_SQL}, unit_price_ore::float8 AS "unitPriceOre"
       FROM quote_draft_lines WHERE quote_id = $1 ORDER BY position`,
      [id],
    );
    const [draftMeta] = await manager.query(`SELECT draft_valid_until, draft_message FROM quotes WHERE id = $1`, [id]);
    const draft: QuoteDraftView = {
      lines: draftLines.map((line) => toLineView(line, offeredUnitPrice(line))),
      validUntil: (draftMeta.draft_valid_until ?? defaultQuoteValidUntil(now)).toISOString(),
      message: draftMeta.draft_message,
      totalOre: offeredTotal(draftLines),
    };
    return { ...detail, ...toStaffQuoteSummary(row, now), draft };
  }

  /**
   * The published revisions of a quote the caller has already found through its Scope
   * (`summaryRow`), oldest first; with `number`, that one revision or none. A draft is not a
   * revision: it lives in `quote_draft_lines` until it is published.
   */
  async revisions(manager: EntityManager, quoteId: string, number?: number): Promise<QuoteRevisionView[]> {
    const params: unknown[] = [quoteId];
    const oneRevision = number === undefined ? '' : `AND r.number = $${params.push(number)}`;
    const revisions: Array<{
      id: string;
      number: number;
      published_at: Date;
      published_by_user_id: string;
      published_by_name: string;
      valid_until: Date;
      message: string | null;
      total_ore: number;
    }> = await manager.query(
      `SELECT r.id, r.number, r.published_at, r.published_by_user_id, u.name AS published_by_name,
         r.valid_until, r.message, r.total_ore
       FROM quote_revisions r JOIN users u ON u.id = r.published_by_user_id
       WHERE r.quote_id = $1 ${oneRevision} ORDER BY r.number`,
      params,
    );
    const revisionLines: Array<StoredLine & { revisionId: string; unitPriceOre: number }> = await manager.query(
      `SELECT revision_id AS "revisionId", ${LINE_SQL}, unit_price_ore::float8 AS "unitPriceOre"
         FROM quote_revision_lines WHERE revision_id = ANY($1::uuid[]) ORDER BY position`,
      [revisions.map((r) => r.id)],
    );
    return revisions.map((revision): QuoteRevisionView => ({
      number: revision.number,
      publishedAt: revision.published_at.toISOString(),
      publishedBy: { id: revision.published_by_user_id, name: revision.published_by_name },
      validUntil: revision.valid_until.toISOString(),
      message: revision.message,
      lines: revisionLines
        .filter((line) => line.revisionId === revision.id)
        .map((line) => toLineView(line, line.unitPriceOre)),
      totalOre: revision.total_ore,
      totalInclVatOre: withVat(revision.total_ore),
    }));
  }

  private async detailOf(manager: EntityManager, row: QuoteSummaryRow, now: Date): Promise<QuoteDetail> {
    const requested: StoredLine[] = await manager.query(
      `SELECT ${LINE_SQL}, unit_price_ore::float8 AS "unitPriceOre"
       FROM quote_lines WHERE quote_id = $1 ORDER BY position`,
      [row.id],
    );
    const revisions = await this.revisions(manager, row.id);
    const comments: Array<{
      id: string;
      author_user_id: string;
      author_name: string;
      author_side: 'customer' | 'consultant';
      body: string;
      created_at: Date;
    }> = await manager.query(
      `SELECT c.id, c.author_user_id, u.name AS author_name, c.author_side, c.body, c.created_at
       FROM quote_comments c JOIN users u ON u.id = c.author_user_id
       WHERE c.quote_id = $1 ORDER BY c.created_at, c.id`,
      [row.id],
    );
    return {
      ...toQuoteSummary(row, now),
      message: row.message,
      requestedLines: requested.map((line) => toLineView(line, line.tierUnitPriceOre)),
      revisions,
      comments: comments.map((comment): QuoteCommentView => ({
        id: comment.id,
        author: { id: comment.author_user_id, name: comment.author_name, side: comment.author_side },
        body: comment.body,
        createdAt: comment.created_at.toISOString(),
      })),
    };
  }
}

/** The desk's default view: every quote waiting for the consultant. */
export const OPEN_STATUSES: readonly QuoteStatus[] = AWAITING_CONSULTANT_STATUSES;

/** Exported for the benchmark, which must time exactly the query the desk runs. */
export function queueSql(filter: QueueFilter): string {
  const overdue = filter.overdue === null ? '' : filter.overdue ? 'AND q.due_at < $1' : 'AND q.due_at >= $1';
  return `SELECT ${QUOTE_SUMMARY_COLUMNS}, ${QUEUE_COLUMNS}
    ${QUOTE_SUMMARY_FROM}
    WHERE ${quoteStatusInSql('q.status', filter.statuses)} ${overdue}
    ORDER BY q.due_at, q.id
    LIMIT ${Math.min(Math.max(1, Math.floor(filter.limit)), QUEUE_LIMIT_MAX)}`;
}

export function queueParameters(filter: QueueFilter, now: Date): unknown[] {
  return filter.overdue === null ? [] : [now];
}
