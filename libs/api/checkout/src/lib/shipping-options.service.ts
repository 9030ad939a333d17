import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CartService } from '@lumen/api/cart';
import type { PriceAudience } from '@lumen/api/catalog';
import { CheckoutCalculator, ShippingSettingsService } from '@lumen/api/checkout/calculator';
import { CompanyAddresses } from '@lumen/api/companies';
import { AppError, type CompanyScope } from '@lumen/api/core';
import { PurchasingControls } from '@lumen/api/purchasing';
import {
  type PurchasingCheck,
  SHIPPING_METHODS,
  type ShippingMethod,
  type ShippingOptionsResponse,
} from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { QuoteCheckoutLines } from './quote-checkout-lines';

/**
 * The checkout's choice of shipping: standard and express to one delivery address, priced and
 * dated from now, for the cart or for an accepted quote — computed from the lines the order
 * would place, so the calendar offers the dates the checkout accepts.
 */
@Injectable()
export class ShippingOptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cart: CartService,
    private readonly quoteCheckoutLines: QuoteCheckoutLines,
    private readonly addresses: CompanyAddresses,
    private readonly shippingSettings: ShippingSettingsService,
    private readonly calculator: CheckoutCalculator,
    private readonly purchasing: PurchasingControls,
  ) {}

  async options(
    scope: CompanyScope,
    audience: PriceAudience,
    addressId?: string,
    quoteId?: string,
  ): Promise<ShippingOptionsResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { address, settings, lines } = await this.preview(manager, scope, audience, addressId, quoteId);
      const now = new Date();
      return {
        deliveryAddressId: address.id,
        freeShippingThresholdOre: settings.freeShippingThresholdOre,
        options: SHIPPING_METHODS.map((method) => {
          const figures = this.calculator.figures({
            lines,
            country: address.country,
            method,
            partialDelivery: false,
            placedAt: now,
            settings,
          });
          return {
            method,
            charges: figures.charges,
            expectedDispatchDate: figures.plan.dispatchDate,
            earliestDeliveryDate: figures.plan.earliestDelivery,
            latestDeliveryDate: figures.plan.latestDelivery,
          };
        }),
      };
    });
  }

  /**
   * What the purchasing controls would do to this order if it were placed now (PRODUCT.md §17):
   * each budget's spending and what is left, and who would have to approve — read, not locked.
   */
  async purchasingCheck(
    scope: CompanyScope,
    audience: PriceAudience,
    method: ShippingMethod,
    addressId?: string,
    quoteId?: string,
  ): Promise<PurchasingCheck> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const { address, settings, lines } = await this.preview(manager, scope, audience, addressId, quoteId);
      const placedAt = new Date();
      const { totals } = this.calculator.figures({
        lines,
        country: address.country,
        method,
        partialDelivery: false,
        placedAt,
        settings,
      });
      const controls = await this.purchasing.check(
        manager,
        scope,
        { netOre: totals.netOre, deliveryAddressId: address.id, placedAt },
        { lock: false },
      );
      return {
        netOre: totals.netOre,
        budgets: controls.budgets,
        approvals: await this.purchasing.describe(manager, scope, controls.holds),
        refused: controls.refusedBy.length > 0,
      };
    });
  }

  /** The address, the shipping settings and the lines the order would place: the cart's, or the accepted quote's. */
  private async preview(
    manager: EntityManager,
    scope: CompanyScope,
    audience: PriceAudience,
    addressId?: string,
    quoteId?: string,
  ) {
    const address = await this.addresses.delivery(manager, scope.companyId, addressId);
    if (!address) throw AppError.notFound('Delivery address');
    const settings = await this.shippingSettings.load(manager);
    const lines = quoteId
      ? (await this.quoteCheckoutLines.lines(manager, scope, audience, quoteId)).lines
      : (await this.cart.priced(manager, scope, audience)).items.map((item) => item.line);
    return { address, settings, lines };
  }
}
