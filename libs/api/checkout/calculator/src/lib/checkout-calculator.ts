import { Injectable } from '@nestjs/common';
import { AppError } from '@lumen/api/core';
import type {
  OrderTotals,
  ProductSummary,
  ShippingCharges,
  ShippingMethod,
  StockStatus,
} from '@lumen/shared/contracts';
import {
  type DeliveryPlan,
  deliveryPlanOf,
  lineTotal,
  type ShippingSettings,
  shippingCharges,
  totalsWithVat,
} from '@lumen/shared/domain';

/** A line about to be ordered, priced on the server. */
export interface PricedLine {
  productId: string;
  sku: string;
  name: string;
  quantity: number;
  listPriceOre: number;
  unitPriceOre: number;
  lineTotalOre: number;
  stockStatus: StockStatus;
  stockDate: string | null;
  bulky: boolean;
}

export interface CheckoutFigures {
  charges: ShippingCharges;
  plan: DeliveryPlan;
  totals: OrderTotals;
}

/**
 * Shipping, VAT and dates for a set of lines: the cart's estimate, the shipping options and the
 * checkout itself all ask here, so the figures the customer saw are what the order charges.
 */
@Injectable()
export class CheckoutCalculator {
  figures(input: {
    lines: readonly PricedLine[];
    country: string;
    method: ShippingMethod;
    partialDelivery: boolean;
    placedAt: Date;
    settings: ShippingSettings;
  }): CheckoutFigures {
    const goodsOre = input.lines.reduce((sum, line) => sum + line.lineTotalOre, 0);
    const charges = shippingCharges(
      {
        goodsValueOre: goodsOre,
        method: input.method,
        hasBulkyItem: input.lines.some((line) => line.bulky),
        country: input.country,
      },
      input.settings,
    );
    if ('problem' in charges)
      throw new AppError(
        422,
        'country_not_delivered',
        `We do not deliver to ${input.country}; choose a delivery address in one of our delivery countries`,
      );
    const plan = deliveryPlanOf(input);
    const vat = totalsWithVat([goodsOre, charges.totalOre]);
    return {
      charges,
      plan,
      totals: {
        goodsOre,
        shippingOre: charges.totalOre,
        netOre: vat.netOre,
        vatOre: vat.vatOre,
        grossOre: vat.grossOre,
      },
    };
  }

  /** Goods only, before a delivery address is known. */
  goodsOnly(goodsOre: number): OrderTotals {
    const vat = totalsWithVat([goodsOre]);
    return { goodsOre, shippingOre: 0, netOre: vat.netOre, vatOre: vat.vatOre, grossOre: vat.grossOre };
  }
}

/** A product at the caller's tier price, as a line to order. */
export function pricedLine(product: ProductSummary, quantity: number): PricedLine {
  if (!product.price) throw new Error(`product ${product.sku} was priced without an audience`);
  return {
    productId: product.id,
    sku: product.sku,
    name: product.name,
    quantity,
    listPriceOre: product.price.listPriceOre,
    unitPriceOre: product.price.unitPriceOre,
    lineTotalOre: lineTotal(product.price.unitPriceOre, quantity),
    stockStatus: product.stockStatus,
    stockDate: product.stockDate,
    bulky: product.bulky,
  };
}
