import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type AuthenticatedUser } from '@lumen/api/core';
import {
  CATALOG_IMPORT_COLUMNS,
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
import { parseRow, refuseDuplicates, summaryOf } from './import-verdict';

/** `sku;stock_status;expected_date`, by the import's own names (nb or en). */
const FEED_COLUMNS = CATALOG_IMPORT_COLUMNS.filter((column) =>
  (STOCK_FEED_COLUMNS as readonly string[]).includes(column.en),
);
const REFUSALS_IN_ERROR = 100;

interface StockRow {
  sku: string;
  stock_status: StockStatus;
  stock_date: string | null;
}

/**
 * A supplier's or ERP's stock feed: stock status and expected date only, nothing else of a
 * product. All or nothing, like an import: one read of the feed's products, one UPDATE of
 * those whose stock changed, one audit event with the counts.
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
    const lines = table.rows.map((row) => parseRow(row, columns));
    refuseDuplicates(lines);
    const result = await this.dataSource.transaction(async (manager) => {
      const rows: StockRow[] = await manager.query(
        `SELECT sku, stock_status, to_char(stock_date, 'YYYY-MM-DD') AS stock_date FROM products WHERE sku = ANY($1::text[])`,
        [lines.map((line) => line.sku)],
      );
      const current = new Map(rows.map((row) => [row.sku, row]));
      const verdicts: CatalogImportReportLine[] = [];
      const changed: { sku: string; status: StockStatus; date: string | null }[] = [];
      for (const line of lines) {
        const problems = [...line.problems];
        const status = line.values.stockStatus as StockStatus | null | undefined;
        const date = (line.values.stockDate ?? null) as string | null;
        const before = current.get(line.sku);
        if (line.sku && !before && !problems.some((problem) => problem.field === 'sku'))
          problems.push({ field: 'sku', code: 'unknown_sku', message: `No product has article number ${line.sku}` });
        if (!status) problems.push({ field: 'stockStatus', code: 'required', message: 'stock_status is empty' });
        else if ((status === STOCK_STATUS_WITH_DATE) !== (date !== null))
          problems.push({
            field: 'stockDate',
            code: 'stock_date_mismatch',
            message:
              date === null
                ? 'A confirmed supplier date needs the date'
                : `Only ${STOCK_STATUS_WITH_DATE} carries an expected date`,
          });
        if (problems.length > 0 || !before || !status) {
          verdicts.push({ line: line.line, sku: line.sku, status: 'refused', problems });
          continue;
        }
        const same = before.stock_status === status && before.stock_date === date;
        verdicts.push({ line: line.line, sku: line.sku, status: same ? 'unchanged' : 'changed' });
        if (!same) changed.push({ sku: line.sku, status, date });
      }
      const summary = summaryOf(verdicts);
      if (summary.refused > 0) return { summary, verdicts };
      if (changed.length > 0)
        await manager.query(
          `UPDATE products p SET stock_status = u.status, stock_date = u.date, version = p.version + 1, updated_at = now()
           FROM unnest($1::text[], $2::text[], $3::date[]) AS u(sku, status, date) WHERE p.sku = u.sku`,
          [changed.map((row) => row.sku), changed.map((row) => row.status), changed.map((row) => row.date)],
        );
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'catalog.stock_feed',
        entityType: 'catalog',
        entityId: null,
        after: { fileName, lines: summary.lines, changed: summary.changed, unchanged: summary.unchanged },
      });
      return { summary, verdicts };
    });
    if (result.summary.refused > 0) {
      const details: CatalogImportRefusalDetails = {
        summary: result.summary,
        refused: result.verdicts.filter((line) => line.status === 'refused').slice(0, REFUSALS_IN_ERROR),
      };
      throw new AppError(
        422,
        'import_has_refusals',
        `${result.summary.refused} line(s) are refused; no stock was changed (first: line ${details.refused[0]?.line})`,
        { ...details },
      );
    }
    this.changes.committed();
    return { lines: result.summary.lines, changed: result.summary.changed, unchanged: result.summary.unchanged };
  }
}
