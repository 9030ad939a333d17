import { Injectable } from '@nestjs/common';
import { CatalogPricing, type PriceAudience } from '@lumen/api/catalog';
import { type PricedLine, pricedLine } from '@lumen/api/checkout/calculator';
import type { CompanyScope } from '@lumen/api/core';
import { type AcceptedQuoteForCheckout, AcceptedQuotes } from '@lumen/api/quotes';
import { lineTotal } from '@lumen/shared/domain';
import type { EntityManager } from 'typeorm';

/** A line about to be ordered, and why it cannot be when it cannot. */
export interface CheckoutLine extends PricedLine {
  problem: 'end_of_life' | 'unknown_product' | null;
}

/**
 * What ordering an accepted quote would order: exactly the accepted revision's lines at its
 * prices, with today's stock and bulk of each product. The checkout places these lines, and
 * the shipping options of the quote's checkout are computed from the same lines, so the
 * calendar offers the dates the order will accept.
 */
@Injectable()
export class QuoteCheckoutLines {
  constructor(
    private readonly acceptedQuotes: AcceptedQuotes,
    private readonly pricing: CatalogPricing,
  ) {}

  async lines(
    manager: EntityManager,
    scope: CompanyScope,
    audience: PriceAudience,
    quoteId: string,
  ): Promise<{ quote: AcceptedQuoteForCheckout; lines: CheckoutLine[] }> {
    const quote = await this.acceptedQuotes.linesForCheckout(manager, scope, quoteId);
    const products = await this.pricing.priceProductsById(
      manager,
      quote.lines.map((line) => line.productId),
      audience,
    );
    return {
      quote,
      lines: quote.lines.map((line): CheckoutLine => {
        const product = products.get(line.productId);
        if (!product)
          return {
            productId: line.productId,
            sku: line.sku,
            name: line.sku,
            quantity: line.quantity,
            listPriceOre: line.unitPriceOre,
            unitPriceOre: line.unitPriceOre,
            lineTotalOre: lineTotal(line.unitPriceOre, line.quantity),
            stockStatus: 'unconfirmed',
            stockDate: null,
            bulky: false,
            problem: 'unknown_product',
          };
        return {
          ...pricedLine(product, line.quantity),
          // The consultant's price overrides the tier price (PRODUCT.md §4).
          unitPriceOre: line.unitPriceOre,
          lineTotalOre: lineTotal(line.unitPriceOre, line.quantity),
          problem: null,
        };
      }),
    };
  }
}
