import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CartService } from '@lumen/api/cart';
import type { PriceAudience } from '@lumen/api/catalog';
import { CheckoutCalculator, ShippingSettingsService } from '@lumen/api/checkout/calculator';
import { CompanyAddresses } from '@lumen/api/companies';
import { AppError, type CompanyScope } from '@lumen/api/core';
import { SHIPPING_METHODS, type ShippingOptionsResponse } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
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
  ) {}

  async options(
    scope: CompanyScope,
    audience: PriceAudience,
    addressId?: string,
    quoteId?: string,
  ): Promise<ShippingOptionsResponse> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const address = await this.addresses.delivery(manager, scope.companyId, addressId);
      if (!address) throw AppError.notFound('Delivery address');
      const settings = await this.shippingSettings.load(manager);
      const lines = quoteId
        ? (await this.quoteCheckoutLines.lines(manager, scope, audience, quoteId)).lines
        : (await this.cart.priced(manager, scope, audience)).items.map((item) => item.line);
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
}
