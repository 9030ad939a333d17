import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CartService } from '@lumen/api/cart';
import { priceAudienceOf, type PriceAudience } from '@lumen/api/catalog';
import { CheckoutCalculator, ShippingSettingsService } from '@lumen/api/checkout/calculator';
import { CompanyAddresses, orderAddressCopy } from '@lumen/api/companies';
import {
  type AppConfig,
  APP_CONFIG,
  AppError,
  type AuthenticatedUser,
  type CompanyScope,
  scopeSql,
} from '@lumen/api/core';
import { OutboxService } from '@lumen/api/mail';
import { PurchasingControls } from '@lumen/api/purchasing';

import { type ApiErrorDetail, AWAITING_APPROVAL, type OrderDetail } from '@lumen/shared/contracts';
import { checkDesiredDeliveryDate } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { CheckoutDto } from './dto/checkout.dto';
import { IdempotencyKeys, requestHash } from './idempotency-keys';
import { OrderInsertQuery } from './order-insert.query';
import { orderConfirmationMail, OrderReadQuery } from '@lumen/api/orders';
import { type CheckoutLine, QuoteCheckoutLines } from './quote-checkout-lines';

export const PAYMENT_TERMS_DAYS = 30;
const PG_UNIQUE_VIOLATION = '23505';

const DESIRED_DATE_MESSAGES: Record<string, string> = {
  not_a_date: 'The desired delivery date is not a calendar date',
  not_a_business_day: 'Choose a business day: weekends and Norwegian public holidays are not delivery days',
  before_earliest: 'The desired delivery date is earlier than we can deliver',
  too_far_ahead: 'The desired delivery date may be at most a year ahead',
};

/**
 * Checkout (PRODUCT.md §8): re-prices everything on the server and places the order in one
 * transaction — order, lines, emptied cart, confirmation e-mail and the idempotency record
 * commit together or not at all.
 */
@Injectable()
export class CheckoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyKeys,
    private readonly cart: CartService,
    private readonly calculator: CheckoutCalculator,
    private readonly addresses: CompanyAddresses,
    private readonly shippingSettings: ShippingSettingsService,
    private readonly quoteCheckoutLines: QuoteCheckoutLines,
    private readonly outbox: OutboxService,
    private readonly reader: OrderReadQuery,
    private readonly orderInsert: OrderInsertQuery,
    private readonly purchasing: PurchasingControls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The company comes from the scope; the user gives the tier and prices. */
  async place(
    scope: CompanyScope,
    user: AuthenticatedUser,
    key: string,
    request: CheckoutDto,
  ): Promise<{ status: number; body: OrderDetail; replayed: boolean }> {
    const hash = requestHash(request);
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.idempotency.claim(manager, scope.userId, key, hash);
      if (claim.kind === 'replay') return { status: claim.status, body: claim.body as OrderDetail, replayed: true };
      const order = await this.placeOrder(manager, scope, user, request);
      await this.idempotency.complete(manager, scope.userId, key, order.id, 201, order);
      await this.idempotency.purgeExpired(manager);
      return { status: 201, body: order, replayed: false };
    });
  }

  private async placeOrder(
    manager: EntityManager,
    scope: CompanyScope,
    user: AuthenticatedUser,
    request: CheckoutDto,
  ): Promise<OrderDetail> {
    const { companyId } = scope;
    const tier = user.companyTier;
    if (!tier) throw AppError.forbidden('Only customer accounts can order');
    const partialDelivery = request.partialDelivery ?? false;
    if (partialDelivery && request.desiredDeliveryDate)
      throw AppError.invalidField(
        'desiredDeliveryDate',
        'desired_date_with_partial_delivery',
        'Choose either a desired delivery date or partial delivery, not both',
      );
    const delivery = await this.addresses.delivery(manager, companyId, request.deliveryAddressId);
    if (!delivery)
      throw AppError.invalidField(
        'deliveryAddressId',
        'unknown_address',
        'Choose a delivery address from your address book',
      );
    const billing = await this.addresses.billing(manager, companyId);
    if (!billing)
      throw new AppError(
        422,
        'billing_address_missing',
        'Your company has no billing address; ask your admin to add one',
      );

    const audience = priceAudienceOf(user);
    const source = request.quoteId
      ? await this.quoteLines(manager, scope, audience, request.quoteId)
      : await this.cartLines(manager, scope, audience);
    const invalid: ApiErrorDetail[] = source.lines
      .filter((line) => line.problem !== null)
      .map((line) => ({
        field: line.sku,
        code: line.problem ?? 'invalid',
        message:
          line.problem === 'end_of_life'
            ? `${line.sku} is no longer sold; remove it or take its replacement`
            : `${line.sku} is no longer in the catalog`,
      }));
    if (invalid.length > 0)
      throw new AppError(422, 'order_has_invalid_lines', 'Some lines cannot be ordered; nothing was ordered', invalid);
    // The freight forwarder must know how bulky goods get in (PRODUCT.md §13): asked for cart and
    // quote checkouts alike, since both deliver the same goods.
    const bulky = source.lines.filter((line) => line.bulky);
    if (bulky.length > 0 && !request.accessNotes) {
      const message = `The order has bulky goods (${bulky.map((line) => line.sku).join(', ')}): say how the delivery gets in (street level, lift or carrying help)`;
      throw new AppError(422, 'access_notes_required', message, [
        { field: 'accessNotes', code: 'access_notes_required', message },
      ]);
    }

    const placedAt = new Date();
    const settings = await this.shippingSettings.load(manager);
    const figures = this.calculator.figures({
      lines: source.lines,
      country: delivery.country,
      method: request.shippingMethod,
      partialDelivery,
      placedAt,
      settings,
    });
    if (request.desiredDeliveryDate) {
      const problem = checkDesiredDeliveryDate(request.desiredDeliveryDate, figures.plan.earliestDelivery);
      if (problem)
        throw new AppError(422, 'invalid_desired_delivery_date', DESIRED_DATE_MESSAGES[problem], [
          { field: 'desiredDeliveryDate', code: problem, message: DESIRED_DATE_MESSAGES[problem] },
        ]);
    }

    // Purchasing controls (PRODUCT.md §17), after every other check: the budgets stay locked until
    // this order commits, so a racing checkout of the same company reads its spending after it.
    const controls = await this.purchasing.check(
      manager,
      scope,
      { netOre: figures.totals.netOre, deliveryAddressId: delivery.id, placedAt },
      { lock: true },
    );
    if (controls.refusedBy.length > 0)
      throw new AppError(
        422,
        'budget_exceeded',
        'The order goes over a budget that refuses overruns; nothing was ordered',
        controls.refusedBy.map((budget) => ({
          field: budget.budgetId,
          code: 'budget_exceeded',
          message: `The ${budget.period}'s budget has ${budget.remainingOre} øre left; the order is ${figures.totals.netOre} øre excl. VAT`,
        })),
      );
    const awaitingApproval = controls.holds.length > 0;

    let orderId: string;
    try {
      orderId = await this.orderInsert.insert(
        manager,
        {
          company_id: companyId,
          placed_by_user_id: scope.userId,
          placed_at: placedAt,
          status: awaitingApproval ? AWAITING_APPROVAL : 'placed',
          approval_pending: awaitingApproval,
          tier,
          quote_id: source.quote?.quoteId ?? null,
          quote_revision: source.quote?.revisionNumber ?? null,
          purchase_order_reference: request.purchaseOrderReference || null,
          payment_method: request.paymentMethod ?? 'invoice_30_days',
          payment_terms_days: PAYMENT_TERMS_DAYS,
          shipping_method: request.shippingMethod,
          partial_delivery: partialDelivery,
          desired_delivery_date: request.desiredDeliveryDate ?? null,
          expected_dispatch_date: figures.plan.dispatchDate,
          earliest_delivery_date: figures.plan.earliestDelivery,
          latest_delivery_date: figures.plan.latestDelivery,
          delivery_address_id: delivery.id,
          delivery_address: orderAddressCopy(delivery),
          billing_address: orderAddressCopy(billing),
          delivery_access: request.accessNotes?.access ?? null,
          access_note: request.accessNotes?.note || null,
          goods_ore: figures.totals.goodsOre,
          standard_fee_ore: figures.charges.standardFeeOre,
          express_surcharge_ore: figures.charges.expressSurchargeOre,
          bulky_surcharge_ore: figures.charges.bulkySurchargeOre,
          shipping_ore: figures.charges.totalOre,
          net_ore: figures.totals.netOre,
          vat_ore: figures.totals.vatOre,
          gross_ore: figures.totals.grossOre,
        },
        source.lines.map((line, index) => ({
          position: index + 1,
          product_id: line.productId,
          sku: line.sku,
          name: line.name,
          quantity: line.quantity,
          list_price_ore: line.listPriceOre,
          unit_price_ore: line.unitPriceOre,
          line_total_ore: line.lineTotalOre,
          stock_status: line.stockStatus,
          bulky: line.bulky,
        })),
      );
    } catch (error) {
      // The one unique index an order can break: orders_one_per_quote, when two checkouts race.
      if ((error as { code?: string }).code === PG_UNIQUE_VIOLATION)
        throw AppError.conflict('quote_already_ordered', 'This quote has already been ordered');
      throw error;
    }
    if (source.cartId) await this.cart.clear(manager, source.cartId);
    // An order that waits for approval is confirmed when its last approval places it.
    if (awaitingApproval) await this.purchasing.hold(manager, scope, { id: orderId, placedAt }, controls.holds);
    const order = await this.reader.detail(manager, scope, orderId);
    if (!awaitingApproval)
      await this.outbox.enqueue(manager, await orderConfirmationMail(manager, order, this.config.publicUrl));
    return order;
  }

  /** The cart, locked until the order commits, at today's tier prices. */
  private async cartLines(manager: EntityManager, scope: CompanyScope, audience: PriceAudience) {
    const cart = await this.cart.priced(manager, scope, audience, true);
    if (cart.items.length === 0)
      throw new AppError(422, 'cart_empty', 'Your cart is empty; add products before checking out');
    return {
      cartId: cart.cartId,
      quote: null,
      lines: cart.items.map((item): CheckoutLine => ({ ...item.line, problem: item.endOfLife ? 'end_of_life' : null })),
    };
  }

  /** Exactly the accepted revision's lines at its prices; a quote is ordered once. */
  private async quoteLines(manager: EntityManager, scope: CompanyScope, audience: PriceAudience, quoteId: string) {
    // Serialises two checkouts of the same quote; the unique index is the last word.
    const params: unknown[] = [quoteId];
    await manager.query(
      `SELECT 1 FROM quotes WHERE id = $1 AND ${scopeSql(scope, 'company_id', params)} FOR UPDATE`,
      params,
    );
    const [ordered] = await manager.query(`SELECT number FROM orders WHERE quote_id = $1`, [quoteId]);
    const { quote, lines } = await this.quoteCheckoutLines.lines(manager, scope, audience, quoteId);
    if (ordered)
      throw AppError.conflict('quote_already_ordered', `This quote has already been ordered (order ${ordered.number})`);
    return { cartId: null, quote, lines };
  }
}
