import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CartService } from '@lumen/api/cart';
import { AppError, type AuthenticatedUser, companyIdOf } from '@lumen/api/core';
import type {
  LoyaltyTier,
  QuickOrderAddToCartResponse,
  QuickOrderInputLine,
  QuickOrderLineStatus,
  QuickOrderProduct,
  QuickOrderReport,
  QuickOrderReportLine,
} from '@lumen/shared/contracts';
import { QUICK_ORDER_LINE_STATUSES } from '@lumen/shared/contracts';
import {
  combineQuickOrderEntries,
  decodeCsv,
  lineTotal,
  normaliseSku,
  parseQuickOrderCsv,
  QUICK_ORDER_LIMITS,
  QuickOrderCsvError,
  type QuickOrderEntry,
} from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { QuickOrderLookupQuery } from './quick-order-lookup';

/**
 * Quick order (PRODUCT.md §7): explains every input line against the catalog, and adds the
 * lines the user chose to the cart. Nothing is added without the user asking.
 */
@Injectable()
export class QuickOrderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookupQuery: QuickOrderLookupQuery,
    private readonly cart: CartService,
  ) {}

  /** Reads an uploaded CSV; a file we cannot take is refused whole, naming the line. */
  entriesFromFile(bytes: Uint8Array): QuickOrderEntry[] {
    try {
      return parseQuickOrderCsv(decodeCsv(bytes));
    } catch (error) {
      if (!(error instanceof QuickOrderCsvError)) throw error;
      const tooBig = error.code === 'file_too_large' || error.code === 'too_many_lines';
      throw new AppError(
        tooBig ? 413 : 422,
        error.code,
        error.message,
        error.line ? [{ line: error.line, code: error.code, message: error.message }] : undefined,
      );
    }
  }

  /** Typed or pasted rows: row n is line n. */
  entriesFromLines(lines: readonly QuickOrderInputLine[]): QuickOrderEntry[] {
    if (lines.length > QUICK_ORDER_LIMITS.maxLines)
      throw new AppError(
        413,
        'too_many_lines',
        `A quick order takes at most ${QUICK_ORDER_LIMITS.maxLines.toLocaleString('en-GB')} lines`,
      );
    return lines.map((line, index) => ({
      line: index + 1,
      sku: String(line.sku ?? ''),
      quantity: String(line.quantity ?? ''),
    }));
  }

  async check(user: AuthenticatedUser, entries: readonly QuickOrderEntry[]): Promise<QuickOrderReport> {
    const tier = tierOf(user);
    const combined = combineQuickOrderEntries(entries);
    const lookup = await this.lookupQuery.lookup(
      this.dataSource.manager,
      combined.demands.map((demand) => demand.sku),
      tier,
    );
    const products = new Map<string, QuickOrderProduct>();
    const remember = (product: QuickOrderProduct) => products.set(product.sku, product);
    const demandBySku = new Map(combined.demands.map((demand) => [demand.sku, demand]));

    const statusOfSku = new Map<string, QuickOrderLineStatus>();
    for (const demand of combined.demands) {
      const product = lookup.found.get(demand.sku);
      if (!product) statusOfSku.set(demand.sku, 'unknown_sku');
      else if (!product.endOfLife) statusOfSku.set(demand.sku, 'ok');
      else statusOfSku.set(demand.sku, lookup.replacements.has(demand.sku) ? 'end_of_life' : 'not_orderable');
    }

    const lines = combined.entries.map((entry): QuickOrderReportLine => {
      const line: QuickOrderReportLine = { line: entry.line, sku: entry.sku, quantity: entry.quantity, status: 'ok' };
      if (entry.quantity === null || entry.quantityText !== String(entry.quantity)) line.quantityText = entry.quantityText;
      if (entry.problem === 'missing_sku') {
        line.status = 'missing_sku';
        return line;
      }
      if (entry.problem) {
        line.status = 'invalid_quantity';
        line.quantityProblem = entry.problem;
        return line;
      }
      const demand = demandBySku.get(entry.sku);
      line.status = statusOfSku.get(entry.sku) ?? 'unknown_sku';
      if (entry.summedIntoLine !== null) line.summedIntoLine = entry.summedIntoLine;
      else if (demand && demand.lines.length > 1) line.summedQuantity = demand.quantity;
      const product = lookup.found.get(entry.sku);
      if (product) remember(product);
      const replacement = lookup.replacements.get(entry.sku);
      if (replacement && line.status === 'end_of_life') {
        remember(replacement);
        line.replacementSku = replacement.sku;
      }
      if (line.status === 'unknown_sku') {
        const suggestions = lookup.suggestions.get(entry.sku) ?? [];
        suggestions.forEach(remember);
        line.suggestions = suggestions.map((suggestion) => suggestion.sku);
      }
      return line;
    });

    const orderable = combined.demands
      .filter((demand) => statusOfSku.get(demand.sku) === 'ok')
      .map((demand) => ({ sku: demand.sku, quantity: demand.quantity, lines: demand.lines }));
    const counts = Object.fromEntries(QUICK_ORDER_LINE_STATUSES.map((status) => [status, 0])) as Record<
      QuickOrderLineStatus,
      number
    >;
    for (const line of lines) counts[line.status]++;
    return {
      lines,
      products: [...products.values()],
      orderable,
      summary: {
        ...counts,
        lines: lines.length,
        summedLines: lines.filter((line) => line.summedIntoLine !== undefined).length,
        orderableTotalOre: orderable.reduce(
          (sum, item) => sum + lineTotal(lookup.found.get(item.sku)?.price.unitPriceOre ?? 0, item.quantity),
          0,
        ),
      },
    };
  }

  /**
   * Adds the chosen lines in one transaction: one statement finds the products, one adds
   * them. An unknown or end-of-life SKU refuses the whole request, naming it.
   */
  async addToCart(
    user: AuthenticatedUser,
    items: readonly { sku: string; quantity: number }[],
  ): Promise<QuickOrderAddToCartResponse> {
    companyIdOf(user);
    const wanted = items.map((item) => ({ sku: normaliseSku(item.sku), quantity: item.quantity }));
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; sku: string; lifecycle: string }[] = await manager.query(
        `SELECT id, sku, lifecycle FROM products WHERE sku = ANY($1::text[])`,
        [[...new Set(wanted.map((item) => item.sku))]],
      );
      const bySku = new Map(rows.map((row) => [row.sku, row]));
      const problems = wanted.flatMap((item, index) => {
        const row = bySku.get(item.sku);
        if (!row)
          return [{ field: `items.${index}.sku`, code: 'unknown_sku', message: `There is no product with article number ${item.sku}` }];
        if (row.lifecycle === 'end_of_life')
          return [{ field: `items.${index}.sku`, code: 'end_of_life', message: `${item.sku} is no longer sold` }];
        return [];
      });
      if (problems.length > 0)
        throw new AppError(422, 'lines_not_orderable', 'Some lines cannot be added to the cart; nothing was added', problems);
      await this.cart.addItems(
        manager,
        user,
        wanted.map((item) => ({ productId: bySku.get(item.sku)?.id ?? '', quantity: item.quantity })),
      );
      const [{ count }]: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM cart_items ci JOIN carts c ON c.id = ci.cart_id WHERE c.user_id = $1`,
        [user.userId],
      );
      return { added: wanted.length, cartItemCount: count };
    });
  }
}

function tierOf(user: AuthenticatedUser): LoyaltyTier {
  if (!user.companyTier) throw AppError.forbidden('Quick order is for customer accounts');
  return user.companyTier;
}
