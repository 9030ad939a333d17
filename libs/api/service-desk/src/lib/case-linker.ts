import { Injectable } from '@nestjs/common';
import type { CaseCategory, CaseDetail } from '@lumen/shared/contracts';
import { ACTIVE_CASE_STATUSES, type CaseStatus } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';
import { CaseWriter } from './case-writer';

type CaseLink = CaseDetail['linked'][number];

export interface OpenOrJoinInput {
  companyId: string;
  /** Who writes the message: the customer filing a return, or the staff member refusing a cancellation. */
  userId: string;
  category: CaseCategory;
  orderId?: string;
  orderLineId?: string;
  invoiceId?: string;
  /** The subject of a case opened now (a joined case keeps its own). */
  subject: string;
  message: string;
  link: CaseLink;
}

/**
 * For after-sales: a return, a warranty claim, a damage report or a refused cancellation opens or
 * joins a case, so the customer has one conversation per order (PRODUCT.md §14). Runs in the
 * caller's transaction; the caller has checked that the order belongs to the company.
 */
@Injectable()
export class CaseLinker {
  constructor(private readonly writer: CaseWriter) {}

  /**
   * Joins the company's active case (open or waiting for the customer) of the same order and
   * category, adding the message, or opens one; records the link (listed in `CaseDetail.linked`).
   * Answers the case's id. Two flows of one order at once are serialised by a transaction lock on
   * the order and category, so they join one case rather than open two.
   */
  async openOrJoin(manager: EntityManager, input: OpenOrJoinInput): Promise<string> {
    const [author]: { staff: boolean }[] = await manager.query(
      `SELECT staff_role IS NOT NULL AS staff FROM users WHERE id = $1`,
      [input.userId],
    );
    const staff = author?.staff ?? false;
    let joined: { id: string; status: CaseStatus } | undefined;
    if (input.orderId) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `case:${input.orderId}:${input.category}`,
      ]);
      [joined] = await manager.query(
        `SELECT id, status FROM cases
         WHERE company_id = $1 AND order_id = $2 AND category = $3 AND status = ANY($4::text[])
         ORDER BY opened_at DESC LIMIT 1 FOR UPDATE`,
        [input.companyId, input.orderId, input.category, ACTIVE_CASE_STATUSES],
      );
    }
    const caseId = joined?.id ?? (await this.writer.open(manager, input));
    await this.writer.addMessage(manager, joined?.status ?? 'open', {
      caseId,
      companyId: input.companyId,
      userId: input.userId,
      staff,
      body: input.message,
    });
    await manager.query(
      `INSERT INTO case_links (case_id, kind, linked_id, number) VALUES ($1, $2, $3, $4)`,
      [caseId, input.link.kind, input.link.id, input.link.number],
    );
    return caseId;
  }
}
