import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CatalogPricing, type PriceAudience } from '@lumen/api/catalog';
import {
  CheckoutCalculator,
  type PricedLine,
  pricedLine,
  ShippingSettingsService,
} from '@lumen/api/checkout/calculator';
import { CompanyAddresses } from '@lumen/api/companies';
import { AppError, type CompanyScope, scopeSql } from '@lumen/api/core';
import type { Cart, CartItem, ProductSummary } from '@lumen/shared/contracts';
import { normaliseSku, QUICK_ORDER_LIMITS, type ShippingSettings } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';

/** A product and how many of it to add to a cart. */
export interface CartAddition {
  productId: string;
  quantity: number;
}

interface CartItemRow {
  id: string;
  product_id: string;
  quantity: number;
}

const PG_CHECK_VIOLATION = '23514';

/** What a cart holds, priced for its owner; the items that cannot be ordered say why. */
export interface PricedCart {
  cartId: string | null;
  items: { id: string; product: ProductSummary; quantity: number; line: PricedLine; endOfLife: boolean }[];
}

/**
 * One cart per user, kept on the server. Every write is one set-based statement, so adding
 * a hundred thousand quick-order lines costs the same number of round trips as adding one.
 * Every method takes the caller's CompanyScope (the cart's owner and company) and the price
 * audience the cart is priced for.
 */
@Injectable()
export class CartService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pricing: CatalogPricing,
    private readonly calculator: CheckoutCalculator,
    private readonly addresses: CompanyAddresses,
    private readonly shippingSettings: ShippingSettingsService,
  ) {}

  /**
   * Adds products (ids, quantities) in one statement: creates the cart on first use and
   * raises the quantity of products already in it.
   */
  async addItems(manager: EntityManager, scope: CompanyScope, items: readonly CartAddition[]): Promise<void> {
    if (items.length === 0) return;
    try {
      await manager.query(
        `WITH cart AS (
           INSERT INTO carts (user_id, company_id) VALUES ($1, $2)
           ON CONFLICT (user_id) DO UPDATE SET updated_at = now()
           RETURNING id
         )
         INSERT INTO cart_items (cart_id, product_id, quantity)
         SELECT cart.id, t.product_id, sum(t.quantity)
         FROM cart, unnest($3::uuid[], $4::int[]) AS t(product_id, quantity)
         GROUP BY cart.id, t.product_id
         ON CONFLICT (cart_id, product_id)
         DO UPDATE SET quantity = cart_items.quantity + EXCLUDED.quantity, updated_at = now()`,
        [scope.userId, scope.companyId, items.map((item) => item.productId), items.map((item) => item.quantity)],
      );
    } catch (error) {
      throw tooLargeOr(error);
    }
  }

  async addBySku(scope: CompanyScope, audience: PriceAudience, sku: string, quantity: number): Promise<Cart> {
    const wanted = normaliseSku(sku);
    await this.dataSource.transaction(async (manager) => {
      const product = (await this.pricing.priceProductsBySku(manager, [wanted], audience)).get(wanted);
      if (!product)
        throw AppError.invalidField('sku', 'unknown_sku', `There is no product with article number ${wanted}`);
      if (product.lifecycle === 'end_of_life')
        throw new AppError(
          422,
          'end_of_life',
          product.replacementSku
            ? `${wanted} is no longer sold; its replacement is ${product.replacementSku}`
            : `${wanted} is no longer sold`,
        );
      await this.addItems(manager, scope, [{ productId: product.id, quantity }]);
    });
    return this.view(scope, audience);
  }

  async updateQuantity(scope: CompanyScope, audience: PriceAudience, itemId: string, quantity: number): Promise<Cart> {
    const [, count]: [unknown, number] = await this.dataSource
      .query(
        `UPDATE cart_items ci SET quantity = $3, updated_at = now()
         FROM carts c WHERE c.id = ci.cart_id AND ci.id = $1 AND c.user_id = $2`,
        [itemId, scope.userId, quantity],
      )
      .catch((error: unknown) => {
        throw tooLargeOr(error);
      });
    if (count === 0) throw AppError.notFound('Cart item');
    return this.view(scope, audience);
  }

  async remove(scope: CompanyScope, audience: PriceAudience, itemId: string): Promise<Cart> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM cart_items ci USING carts c
       WHERE c.id = ci.cart_id AND ci.id = $1 AND c.user_id = $2`,
      [itemId, scope.userId],
    );
    if (count === 0) throw AppError.notFound('Cart item');
    return this.view(scope, audience);
  }

  /**
   * "Move all to cart" from a project list of the caller's company, in one statement.
   * End-of-life products stay on the list and are named, never added silently.
   */
  async addProjectList(
    scope: CompanyScope,
    audience: PriceAudience,
    listId: string,
  ): Promise<{ added: number; skippedEndOfLife: string[]; cart: Cart }> {
    const result = await this.dataSource.transaction(async (manager) => {
      const params: unknown[] = [listId];
      const ownList = `l.id = $1 AND ${scopeSql(scope, 'l.company_id', params)}`;
      const items: { product_id: string; quantity: number; sku: string; lifecycle: string }[] = await manager.query(
        `SELECT i.product_id, i.quantity, p.sku, p.lifecycle
           FROM project_lists l
           JOIN project_list_items i ON i.list_id = l.id
           JOIN products p ON p.id = i.product_id
           WHERE ${ownList}`,
        params,
      );
      if (items.length === 0) {
        const [list] = await manager.query(`SELECT 1 FROM project_lists l WHERE ${ownList}`, params);
        if (!list) throw AppError.notFound('Project list');
      }
      const orderable = items.filter((item) => item.lifecycle !== 'end_of_life');
      await this.addItems(
        manager,
        scope,
        orderable.map((item) => ({ productId: item.product_id, quantity: item.quantity })),
      );
      return {
        added: orderable.length,
        skippedEndOfLife: items.filter((item) => item.lifecycle === 'end_of_life').map((item) => item.sku),
      };
    });
    return { ...result, cart: await this.view(scope, audience) };
  }

  /** The cart priced for its owner; `lock` holds it until the caller's transaction ends. */
  async priced(
    manager: EntityManager,
    scope: CompanyScope,
    audience: PriceAudience,
    lock = false,
  ): Promise<PricedCart> {
    const [cart]: { id: string }[] = await manager.query(
      `SELECT id FROM carts WHERE user_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [scope.userId],
    );
    if (!cart) return { cartId: null, items: [] };
    const rows: CartItemRow[] = await manager.query(
      // Oldest first; lines added together (one statement, one timestamp) by article number.
      `SELECT ci.id, ci.product_id, ci.quantity FROM cart_items ci JOIN products p ON p.id = ci.product_id
       WHERE ci.cart_id = $1 ORDER BY ci.created_at, p.sku`,
      [cart.id],
    );
    const products = await this.pricing.priceProductsById(
      manager,
      rows.map((row) => row.product_id),
      audience,
    );
    return {
      cartId: cart.id,
      items: rows.flatMap((row) => {
        const product = products.get(row.product_id);
        if (!product?.price) return [];
        return [
          {
            id: row.id,
            product,
            quantity: row.quantity,
            endOfLife: product.lifecycle === 'end_of_life',
            line: pricedLine(product, row.quantity),
          },
        ];
      }),
    };
  }

  async clear(manager: EntityManager, cartId: string): Promise<void> {
    await manager.query(`DELETE FROM cart_items WHERE cart_id = $1`, [cartId]);
  }

  async view(scope: CompanyScope, audience: PriceAudience): Promise<Cart> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const cart = await this.priced(manager, scope, audience);
      const items: CartItem[] = cart.items.map((item) => ({
        id: item.id,
        product: item.product,
        quantity: item.quantity,
        lineTotalOre: item.line.lineTotalOre,
        problem: item.endOfLife ? 'end_of_life' : null,
      }));
      const address = await this.addresses.delivery(manager, scope.companyId);
      const lines = cart.items.map((item) => item.line);
      const settings = await this.shippingSettings.load(manager);
      const estimate = address && lines.length > 0 ? this.tryFigures(lines, address.country, settings) : null;
      const goodsOre = lines.reduce((sum, line) => sum + line.lineTotalOre, 0);
      return {
        items,
        itemCount: items.length,
        shippingEstimate: estimate?.charges ?? null,
        freeShippingThresholdOre: settings.freeShippingThresholdOre,
        totals: estimate?.totals ?? this.calculator.goodsOnly(goodsOre),
      };
    });
  }

  private tryFigures(lines: PricedLine[], country: string, settings: ShippingSettings) {
    try {
      return this.calculator.figures({
        lines,
        country,
        method: 'standard',
        partialDelivery: false,
        placedAt: new Date(),
        settings,
      });
    } catch {
      // A default address outside our countries: show the goods, no estimate.
      return null;
    }
  }
}

function tooLargeOr(error: unknown): unknown {
  if (typeof error === 'object' && error !== null && (error as { code?: string }).code === PG_CHECK_VIOLATION)
    return AppError.invalidField(
      'quantity',
      'too_large',
      `A cart line can hold at most ${QUICK_ORDER_LIMITS.maxQuantity.toLocaleString('en-GB')} pieces`,
    );
  return error;
}
