import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type CompanyScope, type Scope, scopeSql } from '@lumen/api/core';
import { OrderStatusWriter } from '@lumen/api/fulfilment';
import { CaseLinker } from '@lumen/api/service-desk';
import type { CancelLineRequest, Cancellation, CancellationPage, CancellationStatus } from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AfterSalesMail } from './after-sales-mail';
import { AfterSalesOrdersQuery, cancelNeedsApproval, openQuantity } from './after-sales-orders.query';
import { languageOf, refusedCancellationCaseText } from './case-texts';

interface CancellationRow {
  id: string;
  order_id: string;
  order_line_id: string;
  sku: string;
  name: string;
  quantity: number;
  status: CancellationStatus;
  reason: string | null;
  created_at: Date;
  requested_by: string;
  decided_at: Date | null;
  decided_by: string | null;
  refusal_reason: string | null;
  case_id: string | null;
}

/** The cancellations with their line and people; `extra` adds columns (a page's total). */
const selectCancellations = (extra = '') => `
  SELECT ${extra} c.id, c.order_id, c.order_line_id, l.sku, l.name, c.quantity, c.status, c.reason, c.created_at,
         ru.name AS requested_by, c.decided_at, du.name AS decided_by, c.refusal_reason, c.case_id
  FROM cancellations c
  JOIN order_lines l ON l.id = c.order_line_id
  JOIN users ru ON ru.id = c.requested_by_user_id
  LEFT JOIN users du ON du.id = c.decided_by_user_id`;

/**
 * Cancelling order lines (PRODUCT.md §14). Units not shipped, not cancelled and not already
 * asked for are cancellable; before the order is in preparation they are cancelled at once
 * (`order_lines.cancelled_quantity`, capped by the database at ordered − shipped), from then on
 * the cancel is a request staff accept or refuse. The order status follows through the desk's
 * OrderStatusWriter. The order's stored totals stay as placed (its confirmation prints them with
 * its lines); a cancelled unit is never charged because an invoice charges only shipped units and
 * a shipment can take only open ones.
 */
@Injectable()
export class CancellationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: AfterSalesOrdersQuery,
    private readonly status: OrderStatusWriter,
    private readonly audit: AuditService,
    private readonly mail: AfterSalesMail,
    private readonly cases: CaseLinker,
  ) {}

  request(scope: CompanyScope, orderId: string, lineId: string, request: CancelLineRequest): Promise<Cancellation> {
    return this.dataSource.transaction(async (manager) => {
      const order = await this.orders.lock(manager, scope, orderId);
      const line = (await this.orders.lines(manager, order.id)).find((l) => l.id === lineId);
      if (!line) throw AppError.notFound('Order line');
      if (order.status === 'awaiting_approval')
        throw AppError.conflict(
          'after_sales_transition_not_allowed',
          'The order awaits approval: the approver rejects it, or it expires, instead of a cancel',
        );
      const open = openQuantity(line);
      if (request.quantity > open)
        throw new AppError(
          422,
          'cancel_exceeds_open_quantity',
          `Line ${line.position} (${line.sku}) has ${open} left to cancel; ${request.quantity} is too many`,
          [{ field: 'quantity', code: 'cancel_exceeds_open_quantity', message: `At most ${open}` }],
        );
      const atOnce = !cancelNeedsApproval(order);
      const status: CancellationStatus = atOnce ? 'cancelled' : 'requested';
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO cancellations (order_id, order_line_id, company_id, quantity, status, reason, requested_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [order.id, line.id, order.companyId, request.quantity, status, request.reason ?? null, scope.userId],
      );
      if (atOnce) await this.cancelUnits(manager, order.id, line.id, request.quantity);
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId: order.companyId,
        action: atOnce ? 'cancellation.cancelled' : 'cancellation.requested',
        entityType: 'cancellation',
        entityId: id,
        after: { orderId: order.id, orderLineId: line.id, quantity: request.quantity, status },
        reason: request.reason ?? null,
      });
      await this.mail.cancellation(manager, scope.userId, {
        orderId: order.id,
        orderNumber: order.number,
        sku: line.sku,
        name: line.name,
        quantity: request.quantity,
        status,
        refusalReason: null,
      });
      return this.one(manager, scope, id);
    });
  }

  accept(scope: Scope, id: string): Promise<Cancellation> {
    return this.decide(scope, id, null);
  }

  refuse(scope: Scope, id: string, reason: string | undefined): Promise<Cancellation> {
    const given = reason?.trim();
    if (!given)
      throw new AppError(422, 'reason_required', 'Say why the cancellation is refused', [
        { field: 'reason', code: 'reason_required', message: 'A refusal needs a reason' },
      ]);
    return this.decide(scope, id, given);
  }

  async page(
    scope: Scope,
    query: { status?: CancellationStatus; page: number; pageSize: number },
  ): Promise<CancellationPage> {
    const params: unknown[] = [];
    const where = [scopeSql(scope, 'c.company_id', params)];
    if (query.status) {
      params.push(query.status);
      where.push(`c.status = $${params.length}`);
    }
    params.push(query.pageSize, (query.page - 1) * query.pageSize);
    const rows: (CancellationRow & { total: number })[] = await this.dataSource.query(
      `${selectCancellations('count(*) OVER ()::int AS total,')}
       WHERE ${where.join(' AND ')} ORDER BY c.created_at DESC, c.id
       LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toCancellation), total: rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize };
  }

  /** Every cancellation of one order (the order's after-sales view). */
  async ofOrder(manager: EntityManager, orderId: string): Promise<Cancellation[]> {
    const rows: CancellationRow[] = await manager.query(
      `${selectCancellations()} WHERE c.order_id = $1 ORDER BY c.created_at, c.id`,
      [orderId],
    );
    return rows.map(toCancellation);
  }

  /**
   * Staff's answer to a request: accepted cancels the units (if they are still open — a shipment
   * may have taken them meanwhile), refused needs a reason and joins the order's cancellation case.
   */
  private decide(scope: Scope, id: string, refusalReason: string | null): Promise<Cancellation> {
    return this.dataSource.transaction(async (manager) => {
      const [found]: { order_id: string }[] = await manager.query(`SELECT order_id FROM cancellations WHERE id = $1`, [
        id,
      ]);
      if (!found) throw AppError.notFound('Cancellation');
      const order = await this.orders.lock(manager, scope, found.order_id);
      const [request]: {
        order_line_id: string;
        quantity: number;
        status: CancellationStatus;
        requested_by_user_id: string;
        company_id: string;
      }[] = await manager.query(
        `SELECT order_line_id, quantity, status, requested_by_user_id, company_id FROM cancellations WHERE id = $1`,
        [id],
      );
      if (request.status !== 'requested')
        throw AppError.conflict(
          'after_sales_transition_not_allowed',
          `This cancellation is ${request.status}: only a request can be accepted or refused`,
        );
      const line = (await this.orders.lines(manager, order.id)).find((l) => l.id === request.order_line_id);
      if (!line) throw AppError.notFound('Order line');
      const accepted = refusalReason === null;
      // The line's requested quantity counts this request's own units: they must still be unshipped.
      const unshipped = openQuantity(line) + request.quantity;
      if (accepted && request.quantity > unshipped)
        throw new AppError(
          422,
          'cancel_exceeds_open_quantity',
          `Line ${line.position} (${line.sku}) has been shipped meanwhile; ${request.quantity} can no longer be cancelled`,
        );
      let caseId: string | null = null;
      if (!accepted)
        caseId = await this.cases.openOrJoin(manager, {
          companyId: request.company_id,
          // The refusal is staff's message in the case; the customer answers it there.
          userId: scope.userId,
          category: 'cancellation',
          orderId: order.id,
          orderLineId: line.id,
          ...refusedCancellationCaseText(await languageOf(manager, request.requested_by_user_id), {
            orderNumber: order.number,
            line: { sku: line.sku, name: line.name, quantity: request.quantity },
            reason: refusalReason ?? '',
          }),
          link: { kind: 'cancellation', id, number: null },
        });
      await manager.query(
        `UPDATE cancellations SET status = $2, decided_at = now(), decided_by_user_id = $3, refusal_reason = $4,
           case_id = $5, updated_at = now()
         WHERE id = $1`,
        [id, accepted ? 'accepted' : 'refused', scope.userId, refusalReason, caseId],
      );
      if (accepted) await this.cancelUnits(manager, order.id, line.id, request.quantity);
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId: request.company_id,
        action: accepted ? 'cancellation.accepted' : 'cancellation.refused',
        entityType: 'cancellation',
        entityId: id,
        before: { status: 'requested' },
        after: { status: accepted ? 'accepted' : 'refused' },
        reason: refusalReason,
      });
      await this.mail.cancellation(manager, request.requested_by_user_id, {
        orderId: order.id,
        orderNumber: order.number,
        sku: line.sku,
        name: line.name,
        quantity: request.quantity,
        status: accepted ? 'accepted' : 'refused',
        refusalReason,
      });
      return this.one(manager, scope, id);
    });
  }

  /** The units leave the line (the CHECK caps them at ordered − shipped) and the status follows. */
  private async cancelUnits(manager: EntityManager, orderId: string, lineId: string, quantity: number): Promise<void> {
    await manager.query(
      `UPDATE order_lines SET cancelled_quantity = cancelled_quantity + $2, updated_at = now() WHERE id = $1`,
      [lineId, quantity],
    );
    await this.status.recompute(manager, orderId);
  }

  private async one(manager: EntityManager, scope: Scope, id: string): Promise<Cancellation> {
    const params: unknown[] = [id];
    const [row]: CancellationRow[] = await manager.query(
      `${selectCancellations()} WHERE c.id = $1 AND ${scopeSql(scope, 'c.company_id', params)}`,
      params,
    );
    if (!row) throw AppError.notFound('Cancellation');
    return toCancellation(row);
  }
}

function toCancellation(row: CancellationRow): Cancellation {
  return {
    id: row.id,
    orderId: row.order_id,
    orderLineId: row.order_line_id,
    sku: row.sku,
    name: row.name,
    quantity: row.quantity,
    status: row.status,
    reason: row.reason,
    requestedAt: row.created_at.toISOString(),
    requestedBy: row.requested_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    decidedBy: row.decided_by,
    refusalReason: row.refusal_reason,
    caseId: row.case_id,
  };
}
