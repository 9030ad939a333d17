import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CartService } from '@lumen/api/cart';
import type { PriceAudience } from '@lumen/api/catalog';
import { AppError, type CompanyScope, scopeSql } from '@lumen/api/core';
import type { ReorderResponse } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';

interface ReorderLine {
  product_id: string;
  sku: string;
  name: string;
  quantity: number;
  lifecycle: 'active' | 'end_of_life';
  replacement_sku: string | null;
}

/**
 * "Order again" (PRODUCT.md §8): a past order's lines go into the caller's cart, where they are
 * priced today like anything else in it. End-of-life products are not added: each is named with
 * its replacement (when that one is still sold) for the buyer to take instead. Checkout owns it
 * because it reads an order into a cart; the cart itself knows nothing of orders.
 */
@Injectable()
export class ReorderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cart: CartService,
  ) {}

  async reorder(scope: CompanyScope, audience: PriceAudience, orderId: string): Promise<ReorderResponse> {
    const result = await this.dataSource.transaction(async (manager) => {
      const params: unknown[] = [orderId];
      const lines: ReorderLine[] = await manager.query(
        `SELECT l.product_id, p.sku, p.name, l.quantity, p.lifecycle,
                (SELECT r.sku FROM products r WHERE r.sku = p.replacement_sku AND r.lifecycle = 'active') AS replacement_sku
         FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p ON p.id = l.product_id
         WHERE o.id = $1 AND ${scopeSql(scope, 'o.company_id', params)}
         ORDER BY l.position`,
        params,
      );
      if (lines.length === 0) throw AppError.notFound('Order');
      const orderable = lines.filter((line) => line.lifecycle === 'active');
      await this.cart.addItems(
        manager,
        scope,
        orderable.map((line) => ({ productId: line.product_id, quantity: line.quantity })),
      );
      return {
        added: orderable.length,
        notOrderable: lines
          .filter((line) => line.lifecycle !== 'active')
          .map((line) => ({
            sku: line.sku,
            name: line.name,
            quantity: line.quantity,
            replacementSku: line.replacement_sku,
          })),
      };
    });
    return { ...result, cart: await this.cart.view(scope, audience) };
  }
}
