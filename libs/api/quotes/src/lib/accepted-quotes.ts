import { Injectable } from '@nestjs/common';
import { AppError, type CompanyScope, scopeSql } from '@lumen/api/core';
import type { EntityManager } from 'typeorm';

interface AcceptedQuoteLine {
  productId: string;
  sku: string;
  quantity: number;
  /** The price the consultant offered, excl. VAT; it overrides the tier price (PRODUCT.md §4). */
  unitPriceOre: number;
}

export interface AcceptedQuoteForCheckout {
  quoteId: string;
  /** Which revision was accepted: the order records it (PRODUCT.md §6). */
  revisionNumber: number;
  lines: AcceptedQuoteLine[];
}

/**
 * What checkout orders from an accepted quote: exactly the accepted revision's lines and
 * prices, within the caller's CompanyScope: another company's quote is "not found".
 */
@Injectable()
export class AcceptedQuotes {
  async linesForCheckout(
    manager: EntityManager,
    scope: CompanyScope,
    quoteId: string,
  ): Promise<AcceptedQuoteForCheckout> {
    const params: unknown[] = [quoteId];
    const [quote] = await manager.query(
      `SELECT status, accepted_revision FROM quotes WHERE id = $1 AND ${scopeSql(scope, 'company_id', params)}`,
      params,
    );
    if (!quote) throw AppError.notFound('Quote');
    if (quote.status !== 'accepted')
      throw AppError.conflict('quote_not_accepted', 'Only an accepted quote can be ordered');
    const lines: AcceptedQuoteLine[] = await manager.query(
      `SELECT l.product_id AS "productId", l.sku, l.quantity, l.unit_price_ore::float8 AS "unitPriceOre"
       FROM quote_revision_lines l JOIN quote_revisions r ON r.id = l.revision_id
       WHERE r.quote_id = $1 AND r.number = $2 ORDER BY l.position`,
      [quoteId, quote.accepted_revision],
    );
    return { quoteId, revisionNumber: quote.accepted_revision, lines };
  }
}
