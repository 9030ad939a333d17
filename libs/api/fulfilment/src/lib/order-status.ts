import { Injectable } from '@nestjs/common';
import type { OrderStatus } from '@lumen/shared/contracts';
import { deriveOrderStatus } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/**
 * Writes an order's status as the domain rule derives it from the order's steps, lines and
 * shipments — after every change to any of them, in the same transaction — so the stored
 * status (which lists filter and count by) is never out of step. The caller holds the order lock.
 */
@Injectable()
export class OrderStatusWriter {
  async recompute(manager: EntityManager, orderId: string): Promise<OrderStatus> {
    const [order]: {
      confirmed_at: Date | null;
      preparation_started_at: Date | null;
      approval_pending: boolean;
      lines: LineCounts[];
    }[] =
      await manager.query(
        `SELECT o.confirmed_at, o.preparation_started_at, o.approval_pending,
                (SELECT json_agg(json_build_object(
                   'quantity', l.quantity, 'cancelledQuantity', l.cancelled_quantity,
                   'shippedQuantity', l.shipped_quantity,
                   'deliveredQuantity', COALESCE((SELECT sum(sl.quantity) FROM shipment_lines sl
                     JOIN shipments s ON s.id = sl.shipment_id
                     WHERE sl.order_line_id = l.id AND s.delivered_at IS NOT NULL), 0)))
                 FROM order_lines l WHERE l.order_id = o.id) AS lines
         FROM orders o WHERE o.id = $1`,
        [orderId],
      );
    const status = deriveOrderStatus({
      confirmedAt: order.confirmed_at,
      preparationStartedAt: order.preparation_started_at,
      // A held order stays the customer's until its approvers decide (purchasing controls).
      awaitingApproval: order.approval_pending,
      lines: order.lines,
    });
    await manager.query(`UPDATE orders SET status = $2, updated_at = now() WHERE id = $1 AND status <> $2`, [
      orderId,
      status,
    ]);
    return status;
  }
}

interface LineCounts {
  quantity: number;
  cancelledQuantity: number;
  shippedQuantity: number;
  deliveredQuantity: number;
}
