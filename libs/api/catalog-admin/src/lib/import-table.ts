import { AppError } from '@lumen/api/core';
import { CATALOG_IMPORT_MAX_BYTES, CATALOG_IMPORT_MAX_LINES } from '@lumen/shared/contracts';
import { decodeCsv, QUICK_ORDER_LIMITS, QuickOrderCsvError, quickOrderFileKind } from '@lumen/shared/domain';
import { stream } from 'exceljs';
import { holdsControls } from './import-cells';
import { parse } from 'papaparse';
import { Readable } from 'node:stream';

/** A cell as read: its text, or that it held a formula (refused: a file's values must be values). */
export type TableCell = string | { formula: string };

export interface TableRow {
  /** Line in the file (1 is the header), or the row Excel shows. */
  line: number;
  cells: TableCell[];
}

export interface Table {
  header: string[];
  rows: TableRow[];
  /** False when the file was seen whole to hold no control character, so no cell needs the check. */
  controls: boolean;
}

const LIMITS = { ...QUICK_ORDER_LIMITS, maxBytes: CATALOG_IMPORT_MAX_BYTES, maxLines: CATALOG_IMPORT_MAX_LINES };

const tooManyLines = () =>
  new AppError(
    413,
    'too_many_lines',
    `The file has more than ${CATALOG_IMPORT_MAX_LINES.toLocaleString('en')} product lines; split it into smaller files`,
  );

/**
 * Reads an import or stock-feed upload, CSV or XLSX (told by its bytes, not its name), into a
 * header and rows of cells; blank rows are skipped, line numbers kept. A file refused whole
 * answers as quick order's do: 413 too large or too many lines, 415 not a table, 422 unreadable.
 */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  let rows: TableRow[];
  let controls = true;
  try {
    if (quickOrderFileKind(bytes) === 'zip') rows = await readXlsx(bytes);
    else {
      const text = decodeCsv(bytes, LIMITS);
      controls = holdsControls(text);
      rows = readCsv(text);
    }
  } catch (error) {
    if (!(error instanceof QuickOrderCsvError)) throw error;
    const status = error.code === 'file_too_large' ? 413 : error.code === 'unsupported_file_type' ? 415 : 422;
    throw new AppError(status, error.code, error.message);
  }
  const [first, ...data] = rows;
  if (!first || data.length === 0)
    throw new AppError(422, 'empty_file', 'The file has no product lines under its header');
  if (data.length > CATALOG_IMPORT_MAX_LINES) throw tooManyLines();
  return { header: first.cells.map((cell) => (typeof cell === 'string' ? cell : cell.formula)), rows: data, controls };
}

const isBlank = (cells: readonly TableCell[]) => cells.every((cell) => cell === '');

/**
 * `;`, `,` or tab, whichever the header line uses most; quoted cells may span lines (the line
 * numbers count them), line breaks may be CRLF or LF.
 */
function readCsv(input: string): TableRow[] {
  const text = (input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input).replace(/\n+$/, '');
  const headerLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = ([';', '\t', ','] as const)
    .map((candidate) => [candidate, headerLine.split(candidate).length] as const)
    .sort((a, b) => b[1] - a[1])[0][0];
  if (!text.includes('"')) return splitCsv(text, delimiter);
  const { data, errors } = parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false });
  const rows: TableRow[] = [];
  let line = 1;
  const lineOfRow: number[] = [];
  for (const cells of data) {
    lineOfRow.push(line);
    if (!isBlank(cells)) {
      // One row past the limit is enough to refuse the file: stop reading, not the whole 1 GB.
      if (rows.length > CATALOG_IMPORT_MAX_LINES) throw tooManyLines();
      rows.push({ line, cells });
    }
    line += 1 + cells.reduce((breaks, cell) => breaks + countBreaks(cell), 0);
  }
  const error = errors.find((candidate) => candidate.code !== 'UndetectableDelimiter');
  if (error) {
    const at = lineOfRow[error.row ?? 0] ?? 1;
    throw new AppError(422, 'malformed_csv', `Line ${at}: ${error.message}`, [
      { line: at, code: 'malformed_csv', message: error.message },
    ]);
  }
  return rows;
}

/**
 * A file without a quote mark, as most ERP exports are: no cell can hold a delimiter or span
 * lines, so native splits read it exactly as papaparse would, several times faster.
 */
function splitCsv(text: string, delimiter: string): TableRow[] {
  const rows: TableRow[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const cells = lines[index].split(delimiter);
    if (isBlank(cells)) continue;
    if (rows.length > CATALOG_IMPORT_MAX_LINES) throw tooManyLines();
    rows.push({ line: index + 1, cells });
  }
  return rows;
}

function countBreaks(cell: string): number {
  let breaks = 0;
  for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) breaks++;
  return breaks;
}

/** The first worksheet, streamed; a formula cell is kept as such (its cached result is not taken). */
async function readXlsx(bytes: Uint8Array): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  try {
    const reader = new stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1);
        const cells = Array.from(values, cellText);
        if (isBlank(cells)) continue;
        if (rows.length > CATALOG_IMPORT_MAX_LINES) throw tooManyLines();
        rows.push({ line: row.number, cells });
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(415, 'unsupported_file_type', 'Upload a CSV file or an Excel workbook (.xlsx)');
  }
  return rows;
}

function cellText(value: unknown): TableCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: string };
    if (cell.formula !== undefined || cell.sharedFormula !== undefined)
      return { formula: `=${cell.formula ?? cell.sharedFormula}` };
    if (cell.richText) return cell.richText.map((run) => run.text).join('');
    if (cell.text !== undefined) return String(cell.text);
  }
  return String(value);
}
