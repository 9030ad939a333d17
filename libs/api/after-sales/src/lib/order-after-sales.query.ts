import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Scope } from '@lumen/api/core';
import type { OrderAfterSales } from '@lumen/shared/contracts';
import { damageReportOpenUntil, returnOpenUntil, returnWindow, warrantyOpenUntil } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import {
  AfterSalesOrdersQuery,
  cancelNeedsApproval,
  cancellableQuantity,
  returnableQuantity,
} from './after-sales-orders.query';
import { CancellationsService } from './cancellations.service';
import { ClaimsQuery } from './claims.query';
import { ReturnsQuery } from './returns.query';

/**
 * The order page's after-sales panel: per line what may still be cancelled (and whether staff
 * must approve it), returned, claimed or reported and until when, with the order's cancellations,
 * returns and claims — a fixed handful of statements however many lines the order has.
 */
@Injectable()
export class OrderAfterSalesQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly orders: AfterSalesOrdersQuery,
    private readonly cancellations: CancellationsService,
    private readonly returns: ReturnsQuery,
    private readonly claims: ClaimsQuery,
  ) {}

  async ofOrder(scope: Scope, orderId: string, now = new Date()): Promise<OrderAfterSales> {
    const manager = this.dataSource.manager;
    const order = await this.orders.find(manager, scope, orderId);
    const [lines, cancellations, returns, claims] = await Promise.all([
      this.orders.lines(manager, order.id),
      this.cancellations.ofOrder(manager, order.id),
      this.returns.ofOrder(manager, order.id),
      this.claims.ofOrder(manager, order.id),
    ]);
    const delivered = order.status === 'delivered' && order.deliveredAt ? order.deliveredAt : null;
    const returnsOpen = delivered !== null && returnWindow(delivered, now).open;
    const needsApproval = cancelNeedsApproval(order);
    return {
      orderId: order.id,
      deliveredAt: delivered?.toISOString() ?? null,
      returnOpenUntil: delivered ? returnOpenUntil(delivered) : null,
      lines: lines.map((line) => ({
        orderLineId: line.id,
        position: line.position,
        sku: line.sku,
        name: line.name,
        quantity: line.quantity,
        cancellableQuantity: cancellableQuantity(order, line),
        cancelNeedsApproval: needsApproval,
        returnableQuantity: returnsOpen ? returnableQuantity(line) : 0,
        deliveredQuantity: line.deliveredQuantity,
        warrantyOpenUntil: line.deliveredAt ? warrantyOpenUntil(line.deliveredAt) : null,
        damageReportOpenUntil: line.deliveredAt ? damageReportOpenUntil(line.deliveredAt).toISOString() : null,
      })),
      cancellations,
      returns,
      claims,
    };
  }
}
