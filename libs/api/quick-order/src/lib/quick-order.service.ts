import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CartService } from '@lumen/api/cart';
import { AppError, type AuthenticatedUser, companyScope, scopeOf } from '@lumen/api/core';
import type {
  ApiErrorDetail,
  LoyaltyTier,
  QuickOrderAddToCartResponse,
  QuickOrderInputLine,
  QuickOrderLineStatus,
  QuickOrderProduct,
  QuickOrderReport,
  QuickOrderReportLine,
  QuickOrderReportView,
  QuickOrderSummary,
  QuickOrderTakenLine,
} from '@lumen/shared/contracts';
import { QUICK_ORDER_LINE_STATUSES, QUICK_ORDER_PAGE_SIZE } from '@lumen/shared/contracts';
import {
  combineQuickOrderEntries,
  decodeCsv,
  parseQuickOrderCsv,
  QUICK_ORDER_LIMITS,
  QuickOrderCsvError,
  type QuickOrderCsvErrorCode,
  type QuickOrderEntry,
  quickOrderFileKind,
} from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { QuickOrderChecksQuery } from './quick-order-checks.query';
import { type QuickOrderLookup, QuickOrderLookupQuery } from './quick-order-lookup.query';
import { QUICK_ORDER_REPORT_CSV_HEADER, quickOrderReportCsvRows } from './quick-order-report-csv';
import { QuickOrderReportProductsQuery } from './quick-order-report-products.query';
import { QuickOrderVerdictQuery, type QuickOrderVerdicts } from './quick-order-verdict.query';
import { readXlsxEntries } from './quick-order-xlsx';

export interface ReportPageRequest {
  view: QuickOrderReportView;
  page: number;
  pageSize: number;
}

/**
 * A product and quantity to add; `field` names where it came from when it cannot be added. The
 * SKU is normalised already: a check stores normalised SKUs and `@IsSku()` normalises the rest.
 */
interface CartLine {
  sku: string;
  quantity: number;
  field?: string;
}

/** A refused file is 422 unless it is too big (413) or holds what no text may hold (400). */
const FILE_ERROR_STATUS: Partial<Record<QuickOrderCsvErrorCode, 400 | 413 | 415>> = {
  file_too_large: 413,
  too_many_lines: 413,
  unsupported_file_type: 415,
  invalid_characters: 400,
};

/**
 * Lines per chunk of the streamed CSV report: the answer is never held whole (100,000 lines were
 * one 10 MB string, its rows as arrays before that, and an ETag hash of it after) and a slow
 * client is waited for between chunks.
 */
const CSV_BATCH_LINES = 2_000;

export const FIRST_PAGE: ReportPageRequest = { view: 'all', page: 1, pageSize: QUICK_ORDER_PAGE_SIZE };

/**
 * Quick order (PRODUCT.md §7): explains every input line against the catalog, and adds the
 * lines the user chose to the cart. Nothing is added without the user asking.
 *
 * A check makes the verdict on every line at once and keeps it (a day); the report is read a
 * page at a time with the page's products at today's prices, so a 100,000-line file costs one
 * set-based statement and one stored row, not a 23 MB answer.
 */
@Injectable()
export class QuickOrderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly verdictQuery: QuickOrderVerdictQuery,
    private readonly lookupQuery: QuickOrderLookupQuery,
    private readonly checks: QuickOrderChecksQuery,
    private readonly reportProducts: QuickOrderReportProductsQuery,
    private readonly cart: CartService,
  ) {}

  /**
   * Reads an uploaded file — told by its content, whatever its name: a workbook (.xlsx) or text
   * (CSV, tab-separated, in UTF-8, UTF-16 or Windows-1252). A file we cannot take is refused
   * whole, naming the line.
   */
  entriesFromFile(bytes: Uint8Array): QuickOrderEntry[] {
    try {
      return quickOrderFileKind(bytes) === 'zip' ? readXlsxEntries(bytes) : parseQuickOrderCsv(decodeCsv(bytes));
    } catch (error) {
      if (!(error instanceof QuickOrderCsvError)) throw error;
      throw new AppError(
        FILE_ERROR_STATUS[error.code] ?? 422,
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

  /** Checks every line, stores the verdicts and answers the report's first page. */
  async check(user: AuthenticatedUser, entries: readonly QuickOrderEntry[]): Promise<QuickOrderReport> {
    const tier = tierOf(user);
    const combined = combineQuickOrderEntries(entries);
    const verdicts = await this.verdictQuery.verdicts(this.dataSource.manager, combined.demands, tier);
    const statusOf = (sku: string): QuickOrderLineStatus => {
      if (verdicts.unknown.has(sku)) return 'unknown_sku';
      const replacement = verdicts.endOfLife.get(sku);
      if (replacement === undefined) return 'ok';
      return replacement === null ? 'not_orderable' : 'end_of_life';
    };
    const summedQuantityOf = new Map<string, number>();
    for (const demand of combined.demands)
      if (demand.lines.length > 1) summedQuantityOf.set(demand.sku, demand.quantity);

    const lines = combined.entries.map((entry): QuickOrderReportLine => {
      const line: QuickOrderReportLine = { line: entry.line, sku: entry.sku, quantity: entry.quantity, status: 'ok' };
      if (entry.quantity === null || entry.quantityText !== String(entry.quantity))
        line.quantityText = entry.quantityText;
      if (entry.problem === 'missing_sku') line.status = 'missing_sku';
      else if (entry.problem) {
        line.status = 'invalid_quantity';
        line.quantityProblem = entry.problem;
      } else {
        line.status = statusOf(entry.sku);
        if (entry.summedIntoLine !== null) line.summedIntoLine = entry.summedIntoLine;
        else {
          const summed = summedQuantityOf.get(entry.sku);
          if (summed !== undefined) line.summedQuantity = summed;
        }
      }
      return line;
    });
    const summary = summarise(lines, verdicts);
    // Storing the check and pricing its first page need each other's nothing: side by side.
    const [saved, firstPage] = await Promise.all([
      this.checks.save(user.userId, summary, lines),
      this.reportPage(tier, lines, FIRST_PAGE),
    ]);
    return { ...saved, summary, ...firstPage };
  }

  async page(user: AuthenticatedUser, checkId: string, request: ReportPageRequest): Promise<QuickOrderReport> {
    const tier = tierOf(user);
    const check = await this.checks.load(user.userId, checkId);
    return {
      id: check.id,
      expiresAt: check.expiresAt,
      summary: check.summary,
      ...(await this.reportPage(tier, check.lines, request)),
    };
  }

  /**
   * Every line of a check as a formula-safe CSV, with today's products and prices, as chunks to
   * stream. Everything that can fail is read first (a check that is not yours is a 404, a
   * database that is down a 503, before any byte), then the rows are written a chunk at a time.
   *
   * Two statements after the check, side by side. The lines that are not ok, wherever they are
   * in the file, go through the lookup as a report page's do: their replacements and suggestions
   * (and the cap on how many unknown SKUs get suggestions) are the whole check's. The ok lines
   * (97 % of a real file) only need name, stock and price.
   */
  async reportCsv(user: AuthenticatedUser, checkId: string): Promise<Generator<string>> {
    const tier = tierOf(user);
    const { lines } = await this.checks.load(user.userId, checkId);
    const okSkus = new Set(lines.filter((line) => line.status === 'ok').map((line) => line.sku));
    const [problems, okProducts] = await Promise.all([
      this.lookup(
        tier,
        lines.filter((line) => line.status !== 'ok'),
      ),
      this.reportProducts.bySku(this.dataSource.manager, [...okSkus], tier),
    ]);
    const productOf = (line: QuickOrderReportLine) =>
      line.status === 'ok' ? okProducts.get(line.sku) : problems.found.get(line.sku);
    return (function* () {
      yield QUICK_ORDER_REPORT_CSV_HEADER;
      for (let start = 0; start < lines.length; start += CSV_BATCH_LINES)
        yield quickOrderReportCsvRows(annotate(lines.slice(start, start + CSV_BATCH_LINES), problems).lines, productOf);
    })();
  }

  /**
   * Adds every orderable line of a check (repeated SKUs summed) and, for lines that were not
   * orderable, what the user took instead (a replacement or a suggestion, at that line's
   * quantity). One transaction: anything that cannot be added refuses the whole request.
   */
  async addCheckToCart(
    user: AuthenticatedUser,
    checkId: string,
    take: readonly QuickOrderTakenLine[],
  ): Promise<QuickOrderAddToCartResponse> {
    const check = await this.checks.load(user.userId, checkId);
    const byLine = new Map(check.lines.map((line) => [line.line, line]));
    const items: CartLine[] = [];
    for (const line of check.lines)
      if (line.status === 'ok' && line.summedIntoLine === undefined && line.quantity !== null)
        items.push({ sku: line.sku, quantity: line.summedQuantity ?? line.quantity, field: `line ${line.line}` });
    const problems = take.flatMap((taken, index) => {
      const line = byLine.get(taken.line);
      if (line && line.status !== 'ok' && line.quantity !== null) {
        items.push({ sku: taken.sku, quantity: line.quantity, field: `take.${index}.sku` });
        return [];
      }
      return [
        {
          field: `take.${index}.line`,
          code: 'nothing_to_take',
          message: line ? `Line ${taken.line} has nothing to replace` : `The check has no line ${taken.line}`,
        },
      ];
    });
    if (problems.length > 0) throw linesNotOrderable(problems);
    if (items.length === 0)
      throw new AppError(422, 'nothing_to_add', 'The check has no lines that can be added to the cart');
    return this.addToCart(user, items);
  }

  /**
   * Adds the chosen lines in one transaction: one statement finds the products, one adds
   * them. An unknown or end-of-life SKU refuses the whole request, naming it.
   */
  async addToCart(user: AuthenticatedUser, items: readonly CartLine[]): Promise<QuickOrderAddToCartResponse> {
    const scope = companyScope(scopeOf(user));
    const wanted = items.map((item, index) => ({
      sku: item.sku,
      quantity: item.quantity,
      field: item.field ?? `items.${index}.sku`,
    }));
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; sku: string; lifecycle: string }[] = await manager.query(
        `SELECT id, sku, lifecycle FROM products WHERE sku = ANY($1::text[])`,
        [[...new Set(wanted.map((item) => item.sku))]],
      );
      const bySku = new Map(rows.map((row) => [row.sku, row]));
      const problems = wanted.flatMap(({ sku, field }) => {
        const row = bySku.get(sku);
        if (!row) return [{ field, code: 'unknown_sku', message: `There is no product with article number ${sku}` }];
        if (row.lifecycle === 'end_of_life')
          return [{ field, code: 'end_of_life', message: `${sku} is no longer sold` }];
        return [];
      });
      if (problems.length > 0) throw linesNotOrderable(problems);
      await this.cart.addItems(
        manager,
        scope,
        wanted.map((item) => ({ productId: bySku.get(item.sku)?.id ?? '', quantity: item.quantity })),
      );
      const [{ count }]: { count: number }[] = await manager.query(
        `SELECT count(*)::int AS count FROM cart_items ci JOIN carts c ON c.id = ci.cart_id WHERE c.user_id = $1`,
        [scope.userId],
      );
      return { added: wanted.length, cartItemCount: count };
    });
  }

  private async reportPage(
    tier: LoyaltyTier,
    allLines: readonly QuickOrderReportLine[],
    request: ReportPageRequest,
  ): Promise<Omit<QuickOrderReport, 'id' | 'expiresAt' | 'summary'>> {
    const inView = request.view === 'problems' ? allLines.filter((line) => line.status !== 'ok') : allLines;
    const start = (request.page - 1) * request.pageSize;
    const { lines, products } = await this.withProducts(tier, inView.slice(start, start + request.pageSize));
    return {
      view: request.view,
      page: request.page,
      pageSize: request.pageSize,
      total: inView.length,
      lines,
      products,
    };
  }

  /** The lines with their products, replacements and suggestions at today's tier prices: one statement. */
  private async withProducts(
    tier: LoyaltyTier,
    stored: readonly QuickOrderReportLine[],
  ): Promise<{ lines: QuickOrderReportLine[]; products: QuickOrderProduct[] }> {
    return annotate(stored, await this.lookup(tier, stored));
  }

  /** Every product the lines name (distinct SKUs), with replacements and suggestions. */
  private lookup(tier: LoyaltyTier, lines: readonly QuickOrderReportLine[]): Promise<QuickOrderLookup> {
    const skus = [...new Set(lines.filter((line) => line.sku !== '').map((line) => line.sku))];
    return this.lookupQuery.lookup(this.dataSource.manager, skus, tier);
  }
}

/**
 * The lines with what the user acts on (an end-of-life line's replacement, an unknown line's
 * suggestions) and every product they name, from `lookup`.
 */
function annotate(
  stored: readonly QuickOrderReportLine[],
  lookup: QuickOrderLookup,
): { lines: QuickOrderReportLine[]; products: QuickOrderProduct[] } {
  const products = new Map<string, QuickOrderProduct>();
  const remember = (product: QuickOrderProduct | undefined) => product && products.set(product.sku, product);
  const lines = stored.map((storedLine) => {
    const line = { ...storedLine };
    remember(lookup.found.get(line.sku));
    if (line.status === 'end_of_life') {
      const replacement = lookup.replacements.get(line.sku);
      remember(replacement);
      if (replacement) line.replacementSku = replacement.sku;
    } else if (line.status === 'unknown_sku') {
      const suggestions = lookup.suggestions.get(line.sku) ?? [];
      suggestions.forEach(remember);
      line.suggestions = suggestions.map((suggestion) => suggestion.sku);
    }
    return line;
  });
  return { lines, products: [...products.values()] };
}

function summarise(lines: readonly QuickOrderReportLine[], verdicts: QuickOrderVerdicts): QuickOrderSummary {
  const counts = Object.fromEntries(QUICK_ORDER_LINE_STATUSES.map((status) => [status, 0])) as Record<
    QuickOrderLineStatus,
    number
  >;
  let summedLines = 0;
  for (const line of lines) {
    counts[line.status]++;
    if (line.summedIntoLine !== undefined) summedLines++;
  }
  return {
    ...counts,
    lines: lines.length,
    summedLines,
    orderableProducts: verdicts.orderableProducts,
    orderableTotalOre: verdicts.orderableTotalOre,
  };
}

function linesNotOrderable(problems: ApiErrorDetail[]): AppError {
  return new AppError(
    422,
    'lines_not_orderable',
    'Some lines cannot be added to the cart; nothing was added',
    problems,
  );
}

function tierOf(user: AuthenticatedUser): LoyaltyTier {
  if (!user.companyTier) throw AppError.forbidden('Quick order is for customer accounts');
  return user.companyTier;
}
