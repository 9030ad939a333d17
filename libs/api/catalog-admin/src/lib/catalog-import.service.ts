import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { AppError, type AuthenticatedUser } from '@lumen/api/core';
import {
  CATALOG_IMPORT_PAGE_SIZE,
  type CatalogImportField,
  type CatalogImportMode,
  type CatalogImportRefusalDetails,
  type CatalogImportReport,
  type CatalogImportReportLine,
  type CatalogImportReportQuery,
  type CatalogImportReportView,
} from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogChanges } from './catalog-changes';
import { CatalogImportQuery, type StoredImport } from './catalog-import.query';
import { importColumnsOf } from './import-columns';
import { readTable } from './import-table';
import {
  judgeLines,
  judgeReplacements,
  type LineVerdict,
  type ParsedLine,
  parseRow,
  productsToWrite,
  refuseDuplicates,
  reportLine,
  summaryOf,
} from './import-verdict';
import { ProductWriteQuery } from './product-write.query';
import { graphAfter } from './replacement-graph';
import { StaffProductReadQuery } from './staff-product-read.query';
import type { ProductFields } from './staff-product-row';

/** The first refused lines an apply's 422 carries; the rest are in the stored report. */
const REFUSALS_IN_ERROR = 100;
/**
 * An apply writing at least this many products, and at least half the catalog (a first load, a
 * supplier's whole range), makes the products' indexes and keys again after the write instead of
 * keeping them row by row: several times faster, while catalog readers wait for its commit.
 */
const BULK_MIN_PRODUCTS = 1_000;

const IN_VIEW: Record<CatalogImportReportView, (line: CatalogImportReportLine) => boolean> = {
  all: () => true,
  problems: (line) => line.status === 'refused',
  changes: (line) => line.status !== 'unchanged',
};

/**
 * Imports products from a CSV or XLSX file by SKU (PRODUCT.md §16). The file is read and every
 * line judged at once, set-based (one read of the file's products, one of the replacement graph
 * around them); a dry run stores and answers that report; an apply judges again inside one
 * transaction that holds off other catalog writes, writes every created and changed product in
 * one statement and records one audit event with the counts — or, with any refused line,
 * changes nothing and answers 422 `import_has_refusals`.
 */
@Injectable()
export class CatalogImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: CatalogImportQuery,
    private readonly reads: StaffProductReadQuery,
    private readonly writes: ProductWriteQuery,
    private readonly audit: AuditService,
    private readonly changes: CatalogChanges,
  ) {}

  async run(
    actor: AuthenticatedUser,
    bytes: Uint8Array,
    fileName: string,
    mode: CatalogImportMode,
  ): Promise<CatalogImportReport> {
    const { columns, lines } = await readLines(bytes);
    const base = { mode, file_name: fileName, columns };

    if (mode === 'dry-run') {
      const { verdicts } = await this.judge(this.dataSource.manager, lines, columns);
      return this.stored(this.dataSource.manager, actor, { ...base, applied: false, verdicts });
    }
    const outcome = await this.dataSource.transaction(async (manager) => {
      // Editors, feeds and other imports wait: the verdict stays true until the write commits.
      await manager.query(`LOCK TABLE products IN SHARE ROW EXCLUSIVE MODE`);
      const { verdicts, written } = await this.judge(manager, lines, columns);
      if (verdicts.some((verdict) => verdict.status === 'refused')) return { refused: verdicts };
      const summary = summaryOf(verdicts);
      const write = () =>
        this.writes.write(manager, productsToWrite(verdicts, 'created'), productsToWrite(verdicts, 'changed'));
      const bulk =
        written.length >= BULK_MIN_PRODUCTS &&
        written.length * 2 >= (await this.query.productCount(manager)) + summary.created;
      if (bulk) await this.writes.asBulkLoad(manager, write);
      else await write();
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'catalog.imported',
        entityType: 'catalog',
        entityId: null,
        after: { fileName, ...summary },
      });
      return { report: await this.stored(manager, actor, { ...base, applied: true, verdicts }) };
    });
    if (outcome.report) {
      this.changes.committed();
      return outcome.report;
    }
    // Stored outside the rolled-back work, so the refused lines can be paged like a dry run's.
    const report = await this.stored(this.dataSource.manager, actor, {
      ...base,
      applied: false,
      verdicts: outcome.refused,
    });
    const details: CatalogImportRefusalDetails = {
      importId: report.id,
      summary: report.summary,
      refused: outcome.refused.filter(IN_VIEW.problems).slice(0, REFUSALS_IN_ERROR).map(reportLine),
    };
    throw new AppError(
      422,
      'import_has_refusals',
      `${report.summary.refused} line(s) are refused; nothing was imported (first: line ${details.refused[0]?.line})`,
      { ...details },
    );
  }

  async page(id: string, query: CatalogImportReportQuery): Promise<CatalogImportReport> {
    const stored = await this.query.load(this.dataSource.manager, id);
    if (!stored) throw AppError.notFound('Import report');
    return pageOf(stored, query);
  }

  /** Every line's verdict, and the products the file would write (none refused yet by the replacement graph). */
  private async judge(
    manager: EntityManager,
    lines: readonly ParsedLine[],
    columns: readonly CatalogImportField[],
  ): Promise<{ verdicts: LineVerdict[]; written: ProductFields[] }> {
    const skus = [...new Set(lines.map((line) => line.sku).filter(Boolean))];
    const rows = await this.query.productsBySku(manager, skus);
    const categoryIds = await this.query.categoryIdsBySlug(manager);
    const current = new Map(rows.map((row) => [row.sku, row]));
    const verdicts = judgeLines(lines, columns, current, categoryIds);
    // The graph around what would be written, read once for the whole file.
    const written = productsToWrite(verdicts);
    const ending = written.filter((product) => product.lifecycle === 'end_of_life');
    if (ending.length === 0) return { verdicts, written };
    const graphRows = await this.reads.graphAround(
      manager,
      ending.map((product) => product.sku),
      ending.flatMap((product) => (product.replacementSku ? [product.replacementSku] : [])),
    );
    judgeReplacements(
      verdicts,
      graphAfter(graphRows, written),
      ending.map((product) => product.sku),
    );
    return { verdicts, written: productsToWrite(verdicts) };
  }

  private async stored(
    manager: EntityManager,
    actor: AuthenticatedUser,
    report: {
      mode: CatalogImportMode;
      applied: boolean;
      file_name: string;
      columns: CatalogImportField[];
      verdicts: LineVerdict[];
    },
  ): Promise<CatalogImportReport> {
    const lines = report.verdicts.map(reportLine);
    const stored: Omit<StoredImport, 'id' | 'expires_at'> = {
      mode: report.mode,
      applied: report.applied,
      file_name: report.file_name,
      columns: report.columns,
      summary: summaryOf(lines),
      lines,
    };
    const { id, expires_at } = await this.query.store(manager, actor.userId, stored);
    return pageOf({ ...stored, id, expires_at }, {});
  }
}

/** The file's columns and lines, each read and checked on its own; the table's cells are let go. */
async function readLines(bytes: Uint8Array): Promise<{ columns: CatalogImportField[]; lines: ParsedLine[] }> {
  const table = await readTable(bytes);
  const columns = importColumnsOf(table.header);
  const lines = table.rows.map((row) => parseRow(row, columns, table.controls));
  refuseDuplicates(lines);
  return { columns, lines };
}

function pageOf(stored: StoredImport, query: CatalogImportReportQuery): CatalogImportReport {
  const view = query.view ?? 'all';
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? CATALOG_IMPORT_PAGE_SIZE;
  const lines = stored.lines.filter(IN_VIEW[view]);
  return {
    id: stored.id,
    mode: stored.mode,
    applied: stored.applied,
    fileName: stored.file_name,
    columns: stored.columns,
    expiresAt: new Date(stored.expires_at).toISOString(),
    summary: stored.summary,
    view,
    page,
    pageSize,
    total: lines.length,
    lines: lines.slice((page - 1) * pageSize, page * pageSize),
  };
}
