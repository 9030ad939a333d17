import { Injectable } from '@nestjs/common';
import { AppError, type Scope, scopeSql } from '@lumen/api/core';
import type {
  AttachmentRef,
  CaseCategory,
  CaseDetail,
  CaseMessage,
  CaseMetrics,
  CasePage,
  CaseSummary,
  ServiceClassification,
  StaffCasePage,
} from '@lumen/shared/contracts';
import { ACTIVE_CASE_STATUSES, billableUnits, caseNumber, type CaseStatus, isCaseOverdue } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import { attachmentRef } from './attachments/attachment.service';

export interface CaseFilter {
  status?: CaseStatus;
  page: number;
  pageSize: number;
}

export interface StaffCaseFilter extends CaseFilter {
  overdue?: boolean;
  category?: CaseCategory;
  /** `me`: the caller's; `none`: unassigned; else a staff user id. */
  assignee?: string;
}

interface SummaryRow {
  id: string;
  number: string;
  category: CaseCategory;
  subject: string;
  status: CaseStatus;
  company_id: string;
  company_name: string;
  order_id: string | null;
  order_number: string | null;
  invoice_id: string | null;
  invoice_number: string | null;
  opened_at: Date;
  opened_by: string;
  first_answer_due_at: Date;
  first_answered_at: Date | null;
  assignee_id: string | null;
  assignee_name: string | null;
  last_message_at: Date;
  awaiting_staff: boolean;
  message_count: number;
}

const SUMMARY_COLUMNS = `c.id, c.number, c.category, c.subject, c.status, c.company_id, co.name AS company_name,
  c.order_id, o.number AS order_number, c.invoice_id, i.number AS invoice_number, c.opened_at, ou.name AS opened_by,
  c.first_answer_due_at, c.first_answered_at, c.assignee_user_id AS assignee_id, au.name AS assignee_name,
  c.last_message_at, c.awaiting_staff, c.message_count`;
const SUMMARY_JOINS = `JOIN companies co ON co.id = c.company_id
  JOIN users ou ON ou.id = c.opened_by_user_id
  LEFT JOIN orders o ON o.id = c.order_id
  LEFT JOIN invoices i ON i.id = c.invoice_id
  LEFT JOIN users au ON au.id = c.assignee_user_id`;

/**
 * The queue's order, the same expressions as the partial index `cases_queue_idx`: unanswered cases
 * first by due time, then answered ones by their last message.
 */
const QUEUE_ORDER = `(c.first_answered_at IS NOT NULL), c.first_answer_due_at, c.last_message_at DESC`;
const ACTIVE = `c.status IN (${ACTIVE_CASE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
/** Overdue as `isCaseOverdue` says it, in SQL over `c` with `now` as the parameter `$n`. */
const overdueSql = (now: string) => `(${ACTIVE} AND c.first_answered_at IS NULL AND c.first_answer_due_at < ${now})`;

/** Cases as customers (their company's, through the Scope) and the desk read them; one statement a list. */
@Injectable()
export class CaseReadQuery {
  async page(manager: EntityManager, scope: Scope, filter: CaseFilter): Promise<CasePage> {
    const params: unknown[] = [];
    const conditions = [scopeSql(scope, 'c.company_id', params)];
    if (filter.status) {
      params.push(filter.status);
      conditions.push(`c.status = $${params.length}`);
    }
    params.push(filter.pageSize, (filter.page - 1) * filter.pageSize);
    const rows: (SummaryRow & { total: number })[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total FROM cases c ${SUMMARY_JOINS}
       WHERE ${conditions.join(' AND ')}
       ORDER BY c.last_message_at DESC, c.number DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const now = new Date();
    return {
      items: rows.map((row) => toSummary(row, now)),
      total: rows[0]?.total ?? (filter.page > 1 ? await this.count(manager, conditions, params.slice(0, -2)) : 0),
      page: filter.page,
      pageSize: filter.pageSize,
    };
  }

  /**
   * The staff queue: active cases unless `status` says otherwise, in due order, with the desk's
   * counts. Two statements however large the desk: the page (the first entries of the partial
   * queue index, joined for names), and the counts with the filter's total (index-only scans of
   * the active cases; an archive status counts its own rows).
   */
  async staffPage(manager: EntityManager, userId: string, filter: StaffCaseFilter, now = new Date()): Promise<StaffCasePage> {
    const params: unknown[] = [];
    // `now` is a parameter only where a statement reads it: PostgreSQL refuses one it cannot type.
    let nowParam = '';
    const at = () => (nowParam ||= `$${params.push(now)}`);
    const conditions: string[] = [];
    if (filter.status) {
      params.push(filter.status);
      conditions.push(`c.status = $${params.length}`);
    } else conditions.push(ACTIVE);
    if (filter.overdue !== undefined) conditions.push(filter.overdue ? overdueSql(at()) : `NOT ${overdueSql(at())}`);
    if (filter.category) {
      params.push(filter.category);
      conditions.push(`c.category = $${params.length}`);
    }
    if (filter.assignee === 'none') conditions.push('c.assignee_user_id IS NULL');
    else if (filter.assignee) {
      params.push(filter.assignee === 'me' ? userId : filter.assignee);
      conditions.push(`c.assignee_user_id = $${params.length}`);
    }
    const where = conditions.join(' AND ');
    const pageParams = [...params];
    // Within the active cases the filter's total is one more count of the same scan; an archive
    // status (resolved, closed) counts its own rows.
    const archive = filter.status !== undefined && !(ACTIVE_CASE_STATUSES as readonly string[]).includes(filter.status);
    const total = archive
      ? `(SELECT count(*)::int FROM cases c WHERE ${where})`
      : `count(*) FILTER (WHERE ${where})::int`;
    const [counts]: { open: number; waiting: number; overdue: number; unassigned: number; total: number }[] =
      await manager.query(
        `SELECT count(*) FILTER (WHERE c.status = 'open')::int AS open,
                count(*) FILTER (WHERE c.status = 'waiting_for_customer')::int AS waiting,
                count(*) FILTER (WHERE ${overdueSql(at())})::int AS overdue,
                count(*) FILTER (WHERE c.assignee_user_id IS NULL)::int AS unassigned,
                ${total} AS total
         FROM cases c WHERE ${ACTIVE}`,
        params,
      );
    const offset = (filter.page - 1) * filter.pageSize;
    // No page past the end: the total says there is nothing to read.
    const rows: SummaryRow[] =
      offset >= counts.total
        ? []
        : await manager.query(
            // The page's ids first, from the queue index alone (it carries every column the filter
            // and the order read), then only those rows are fetched and joined for names: however
            // the planner estimates a filter, no other case is read from the table.
            `SELECT ${SUMMARY_COLUMNS}
             FROM (SELECT c.id FROM cases c WHERE ${where} ORDER BY ${QUEUE_ORDER}
                   LIMIT $${pageParams.length + 1} OFFSET $${pageParams.length + 2}) p
             JOIN cases c ON c.id = p.id ${SUMMARY_JOINS}
             ORDER BY ${QUEUE_ORDER}`,
            [...pageParams, filter.pageSize, offset],
          );
    return {
      items: rows.map((row) => toSummary(row, now)),
      total: counts.total,
      page: filter.page,
      pageSize: filter.pageSize,
      counts: {
        open: counts.open,
        waitingForCustomer: counts.waiting,
        overdue: counts.overdue,
        unassigned: counts.unassigned,
      },
    };
  }

  /**
   * The desk's promise over the last `windowDays`: of the cases first answered then, how many by
   * their due time; and how many active cases are overdue now. Two index ranges, no table walk.
   */
  async metrics(manager: EntityManager, windowDays: number, now = new Date()): Promise<CaseMetrics> {
    const [row]: { answered: number; in_time: number; open_overdue: number }[] = await manager.query(
      `SELECT count(*)::int AS answered, count(*) FILTER (WHERE c.first_answered_at <= c.first_answer_due_at)::int AS in_time,
              (SELECT count(*)::int FROM cases c WHERE ${overdueSql('$1')}) AS open_overdue
       FROM cases c WHERE c.first_answered_at IS NOT NULL AND c.first_answered_at >= $1::timestamptz - make_interval(days => $2)`,
      [now, windowDays],
    );
    return {
      windowDays,
      answered: row.answered,
      answeredInTime: row.in_time,
      shareAnsweredInTime: row.answered === 0 ? null : row.in_time / row.answered,
      openOverdue: row.open_overdue,
    };
  }

  /** One case with its thread and links; staff also see the service terms' part. */
  async detail(manager: EntityManager, scope: Scope, caseId: string): Promise<CaseDetail> {
    const params: unknown[] = [caseId];
    const [row]: (SummaryRow & {
      order_line_id: string | null;
      classification: ServiceClassification | null;
      billed_units: number;
    })[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, c.order_line_id, c.classification, c.billed_units FROM cases c ${SUMMARY_JOINS}
       WHERE c.id = $1 AND ${scopeSql(scope, 'c.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Case');
    const messages: {
      id: string;
      author_name: string;
      staff: boolean;
      body: string;
      created_at: Date;
      attachments: Parameters<typeof attachmentRef>[0][] | null;
    }[] = await manager.query(
      `SELECT m.id, u.name AS author_name, m.staff, m.body, m.created_at,
              (SELECT json_agg(json_build_object('id', a.id, 'file_name', a.file_name, 'content_type', a.content_type,
                        'size_bytes', a.size_bytes) ORDER BY ma.position)
               FROM message_attachments ma JOIN attachments a ON a.id = ma.attachment_id
               WHERE ma.message_id = m.id) AS attachments
       FROM case_messages m JOIN users u ON u.id = m.author_user_id
       WHERE m.case_id = $1 ORDER BY m.created_at, m.id`,
      [caseId],
    );
    const linked: CaseDetail['linked'] = await manager.query(
      `SELECT kind, linked_id AS id, number FROM case_links WHERE case_id = $1 ORDER BY created_at, kind`,
      [caseId],
    );
    const detail: CaseDetail = {
      ...toSummary(row, new Date()),
      orderLineId: row.order_line_id,
      messages: messages.map(
        (m): CaseMessage => ({
          id: m.id,
          // Staff sign as the shop's desk person by name; customers see who wrote.
          author: { name: m.author_name, staff: m.staff },
          body: m.body,
          createdAt: m.created_at.toISOString(),
          attachments: (m.attachments ?? []).map((a): AttachmentRef => attachmentRef(a)),
        }),
      ),
      linked,
    };
    if (scope.kind === 'shop') detail.service = await this.service(manager, caseId, row);
    return detail;
  }

  private async service(
    manager: EntityManager,
    caseId: string,
    row: { category: CaseCategory; classification: ServiceClassification | null },
  ): Promise<NonNullable<CaseDetail['service']>> {
    const entries: { id: string; minutes: number; note: string | null; logged_at: Date; logged_by: string }[] =
      await manager.query(
        `SELECT t.id, t.minutes, t.note, t.created_at AS logged_at, u.name AS logged_by
         FROM time_entries t JOIN users u ON u.id = t.logged_by_user_id WHERE t.case_id = $1 ORDER BY t.created_at, t.id`,
        [caseId],
      );
    const [invoice]: { id: string; number: string; gross_ore: string }[] = await manager.query(
      `SELECT id, number, gross_ore FROM invoices WHERE case_id = $1 AND kind = 'invoice' ORDER BY number DESC LIMIT 1`,
      [caseId],
    );
    const totalMinutes = entries.reduce((sum, e) => sum + e.minutes, 0);
    return {
      classification: row.classification,
      timeEntries: entries.map((e) => ({
        id: e.id,
        minutes: e.minutes,
        note: e.note,
        loggedAt: e.logged_at.toISOString(),
        loggedBy: e.logged_by,
      })),
      totalMinutes,
      billableUnits: row.classification ? billableUnits(totalMinutes, row.classification) : 0,
      invoice: invoice ? { id: invoice.id, number: Number(invoice.number), grossOre: Number(invoice.gross_ore) } : null,
    };
  }

  private async count(manager: EntityManager, conditions: string[], params: unknown[]): Promise<number> {
    const [{ total }]: { total: number }[] = await manager.query(
      `SELECT count(*)::int AS total FROM cases c WHERE ${conditions.join(' AND ')}`,
      params,
    );
    return total;
  }
}

function toSummary(row: SummaryRow, now: Date): CaseSummary {
  return {
    id: row.id,
    number: caseNumber(row.number),
    category: row.category,
    subject: row.subject,
    status: row.status,
    company: { id: row.company_id, name: row.company_name },
    order: row.order_id && row.order_number ? { id: row.order_id, number: Number(row.order_number) } : null,
    invoice: row.invoice_id && row.invoice_number ? { id: row.invoice_id, number: Number(row.invoice_number) } : null,
    openedAt: row.opened_at.toISOString(),
    openedBy: row.opened_by,
    firstAnswerDueAt: row.first_answered_at ? null : row.first_answer_due_at.toISOString(),
    firstAnsweredAt: row.first_answered_at?.toISOString() ?? null,
    overdue: isCaseOverdue(row.status, row.first_answer_due_at, row.first_answered_at, now),
    assignee: row.assignee_id && row.assignee_name ? { id: row.assignee_id, name: row.assignee_name } : null,
    lastMessageAt: row.last_message_at.toISOString(),
    awaitingStaff: row.awaiting_staff,
    messageCount: row.message_count,
  };
}
