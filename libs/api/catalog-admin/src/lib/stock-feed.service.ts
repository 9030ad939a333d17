import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type AuthenticatedUser } from '@lumen/api/core';
import {
  CATALOG_IMPORT_COLUMNS,
  type CatalogImportProblem,
  type CatalogImportRefusalDetails,
  type CatalogImportReportLine,
  STOCK_FEED_COLUMNS,
  type StockFeedResult,
  type StockStatus,
} from '@lumen/shared/contracts';
import { STOCK_STATUS_WITH_DATE } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { CatalogChanges } from './catalog-changes';
import { columnsOf } from './import-columns';
import { readTable } from './import-table';
import { type ParsedLine, parseRow, refuseDuplicates } from './import-verdict';
import { pgArray } from './pg-array';

/** `sku;stock_status;expected_date`, by the import's own names (nb or en). */
const FEED_COLUMNS = CATALOG_IMPORT_COLUMNS.filter((column) =>
  (STOCK_FEED_COLUMNS as readonly string[]).includes(column.en),
);
const REFUSALS_IN_ERROR = 100;

/** A feed line that passed its own checks: what its product's stock becomes. */
interface StockChange {
  sku: string;
  status: StockStatus;
  date: string | null;
}

/**
 * A supplier's or ERP's stock feed: stock status and expected date only, nothing else of a
 * product. All or nothing, like an import: the file's lines are checked, then one statement
 * finds the SKUs that are no product and — when there are none and every line is good —
 * updates the products whose stock changed, touching only stock columns so that the updates
 * stay HOT (no index written; `products` keeps half of each page free for them); one audit
 * event with the counts.
 */
@Injectable()
export class StockFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly changes: CatalogChanges,
  ) {}

  async apply(actor: AuthenticatedUser, bytes: Uint8Array, fileName: string): Promise<StockFeedResult> {
    const table = await readTable(bytes);
    const columns = columnsOf(table.header, FEED_COLUMNS, 'sku') as ('sku' | 'stockStatus' | 'stockDate')[];
    if (!columns.includes('stockStatus'))
      throw new AppError(
        422,
        'csv_missing_column',
        'Line 1: the feed needs a "stock_status" (or "lagerstatus") column',
      );
    const lines = table.rows.map((row) => parseRow(row, columns, table.controls));
    refuseDuplicates(lines);
    const stockOf = stockReader(columns);
    const changes: StockChange[] = [];
    for (const line of lines) {
      const stock = stockOf(line);
      if (line.problems.length === 0 && !stockProblem(stock))
        changes.push({ sku: line.sku, status: stock.status as StockStatus, date: stock.date });
    }
    const good = changes.length === lines.length;
    const skus = lines.flatMap((line) => (line.sku ? [line.sku] : []));
    const result = await this.dataSource.transaction(async (manager) => {
      // Written only when every line is good and names a product; otherwise `changed` counts
      // what would have changed, for the refusal's summary.
      const [row]: { changed: number; unknown: string[] }[] = await manager.query(
        `WITH feed AS MATERIALIZED (SELECT * FROM unnest($2::text[], $3::text[], $4::date[]) AS u(sku, status, date)),
         unknown AS MATERIALIZED (
           SELECT f.sku FROM unnest($1::text[]) AS f(sku)
           WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.sku = f.sku)),
         writing AS MATERIALIZED (SELECT $5::boolean AND NOT EXISTS (SELECT 1 FROM unknown) AS yes),
         changed AS (
           UPDATE products p SET stock_status = u.status, stock_date = u.date, version = p.version + 1, updated_at = now()
           FROM feed u
           WHERE (SELECT yes FROM writing) AND p.sku = u.sku AND ${STOCK_DIFFERS}
           RETURNING 1)
         SELECT CASE WHEN (SELECT yes FROM writing) THEN (SELECT count(*) FROM changed)
             ELSE (SELECT count(*) FROM products p JOIN feed u ON p.sku = u.sku WHERE ${STOCK_DIFFERS}) END::int AS changed,
           (SELECT coalesce(array_agg(sku), '{}') FROM unknown) AS unknown`,
        [
          pgArray(skus),
          pgArray(changes.map((change) => change.sku)),
          pgArray(changes.map((change) => change.status)),
          pgArray(changes.map((change) => change.date)),
          good,
        ],
      );
      if (!good || row.unknown.length > 0) return { refused: { unknown: row.unknown, changed: row.changed } };
      const summary = { lines: lines.length, changed: row.changed, unchanged: lines.length - row.changed };
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'catalog.stock_feed',
        entityType: 'catalog',
        entityId: null,
        after: { fileName, ...summary },
      });
      return { summary };
    });
    if (result.summary) {
      this.changes.committed();
      return result.summary;
    }
    throw refusal(lines, stockOf, new Set(result.refused.unknown), result.refused.changed);
  }
}

const STOCK_DIFFERS = '(p.stock_status IS DISTINCT FROM u.status OR p.stock_date IS DISTINCT FROM u.date)';

/** A line's stock as read: a status unless its cell was empty or refused, a date or none. */
interface LineStock {
  status: StockStatus | null | undefined;
  date: string | null;
}

/** A line's stock, by the feed's columns. */
const stockReader = (columns: readonly string[]) => {
  const statusAt = columns.indexOf('stockStatus');
  const dateAt = columns.indexOf('stockDate');
  return (line: ParsedLine): LineStock => ({
    status: line.values[statusAt] as StockStatus | null | undefined,
    date: dateAt === -1 ? null : ((line.values[dateAt] ?? null) as string | null),
  });
};

/** What is wrong with a line's stock status and date together. */
function stockProblem({ status, date }: LineStock): CatalogImportProblem | undefined {
  if (!status) return { field: 'stockStatus', code: 'required', message: 'stock_status is empty' };
  if ((status === STOCK_STATUS_WITH_DATE) !== (date !== null))
    return {
      field: 'stockDate',
      code: 'stock_date_mismatch',
      message:
        date === null
          ? 'A confirmed supplier date needs the date'
          : `Only ${STOCK_STATUS_WITH_DATE} carries an expected date`,
    };
  return undefined;
}

/**
 * The 422 of a feed with refused lines: each line's reasons (what was wrong with its cells,
 * then an unknown SKU, then its stock); `changed` the good lines whose stock differs.
 */
function refusal(
  lines: readonly ParsedLine[],
  stockOf: (line: ParsedLine) => LineStock,
  unknown: ReadonlySet<string>,
  changed: number,
): AppError {
  const verdicts: CatalogImportReportLine[] = [];
  for (const line of lines) {
    const problems = [...line.problems];
    if (unknown.has(line.sku) && !problems.some((problem) => problem.field === 'sku'))
      problems.push({ field: 'sku', code: 'unknown_sku', message: `No product has article number ${line.sku}` });
    const stock = stockProblem(stockOf(line));
    if (stock) problems.push(stock);
    if (problems.length > 0) verdicts.push({ line: line.line, sku: line.sku, status: 'refused', problems });
  }
  const refused = verdicts.length;
  const details: CatalogImportRefusalDetails = {
    summary: { lines: lines.length, created: 0, changed, unchanged: lines.length - refused - changed, refused },
    refused: verdicts.slice(0, REFUSALS_IN_ERROR),
  };
  return new AppError(
    422,
    'import_has_refusals',
    `${refused} line(s) are refused; no stock was changed (first: line ${details.refused[0]?.line})`,
    { ...details },
  );
}
