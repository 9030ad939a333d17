import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CATALOG_IMPORT_COLUMNS,
  type CatalogExportHeaderLanguage,
  type CatalogImportField,
} from '@lumen/shared/contracts';
import { excelCsv } from '@lumen/shared/domain';
import { stream } from 'exceljs';
import { unparse } from 'papaparse';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { fieldsOfRow, STAFF_PRODUCT_COLUMNS, type StaffProductRow } from './staff-product-row';

/** Products read per statement: memory stays one batch whatever the catalog's size. */
const BATCH = 5_000;

type ExportRow = StaffProductRow;
type Cell = string | number;

const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'yes' : 'no');

/** A product's cells in CATALOG_IMPORT_COLUMNS order, as the import reads them back unchanged. */
function cellsOf(row: ExportRow, forCsv: boolean): Cell[] {
  const fields = fieldsOfRow(row);
  const cell = (field: CatalogImportField): Cell => {
    switch (field) {
      case 'category':
        return row.category_slug;
      case 'dimmable':
      case 'bulky':
      case 'netPriced':
        return yesNo(fields[field]);
      case 'wattage':
        // Norwegian Excel reads "7,5" as a number and "7.5" as a date; the import takes both.
        return fields.wattage === null ? '' : forCsv ? String(fields.wattage).replace('.', ',') : fields.wattage;
      default: {
        const value = fields[field];
        return value === null ? '' : typeof value === 'boolean' ? yesNo(value) : value;
      }
    }
  };
  return CATALOG_IMPORT_COLUMNS.map((column) => cell(column.field));
}

/**
 * The whole catalog as CSV or XLSX, streamed: products are read in SKU order a batch at a time
 * (keyset, no OFFSET) and written out before the next batch is read, so a 100,000-product
 * export holds one batch in memory, and waits for a slow client instead of buffering for it.
 */
@Injectable()
export class CatalogExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async csv(out: Writable, headers: CatalogExportHeaderLanguage): Promise<void> {
    await write(out, excelCsv(headerOf(headers), []));
    for await (const rows of this.batches())
      await write(
        out,
        '\r\n' +
          unparse(
            rows.map((row) => cellsOf(row, true)),
            // As excelCsv writes every row: `;`, CRLF, formula-like text neutralised.
            { delimiter: ';', newline: '\r\n', escapeFormulae: true },
          ),
      );
    out.end();
  }

  async xlsx(out: Writable, headers: CatalogExportHeaderLanguage): Promise<void> {
    const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Products');
    sheet.addRow(headerOf(headers)).commit();
    for await (const rows of this.batches()) {
      for (const row of rows) sheet.addRow(cellsOf(row, false)).commit();
      // Let the zip stream drain into the response before the next batch is read.
      await new Promise((resolve) => setImmediate(resolve));
    }
    sheet.commit();
    await workbook.commit();
  }

  private async *batches(): AsyncGenerator<ExportRow[]> {
    let after = '';
    for (;;) {
      const rows: ExportRow[] = await this.dataSource.query(
        `SELECT ${STAFF_PRODUCT_COLUMNS} FROM products p JOIN categories c ON c.id = p.category_id
         WHERE p.sku > $1 ORDER BY p.sku LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1].sku;
    }
  }
}

const headerOf = (language: CatalogExportHeaderLanguage) => CATALOG_IMPORT_COLUMNS.map((column) => column[language]);

async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
