import { parse } from 'papaparse';
import { ORDER_LINE_QUANTITY_MAX } from './sku';

/** What a quick order accepts at most (PRODUCT.md §7); the portal checks the file size before uploading. */
export interface QuickOrderLimits {
  maxLines: number;
  maxBytes: number;
  /**
   * What the parts of a workbook we read may unpack to: a zip packs XML about 10:1, so this
   * leaves a 10 MB upload room for ~1 kB of XML a row, while a zip bomb (10 MB that unpack to
   * gigabytes) is refused before anything is unpacked.
   */
  maxUnpackedBytes: number;
  maxQuantity: number;
}

export const QUICK_ORDER_LIMITS: QuickOrderLimits = {
  maxLines: 100_000,
  maxBytes: 10 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxQuantity: ORDER_LINE_QUANTITY_MAX,
};

/** One input line as the customer wrote it: text, not yet checked. */
export interface QuickOrderEntry {
  /** 1-based line number in the file (or row number in the form). */
  line: number;
  sku: string;
  quantity: string;
}

export type QuickOrderCsvErrorCode =
  | 'file_too_large'
  | 'too_many_lines'
  | 'malformed_csv'
  | 'csv_missing_column'
  | 'empty_file'
  | 'invalid_characters'
  | 'unsupported_file_type';

/** A file we refuse as a whole; `line` names where, when there is a where. */
export class QuickOrderCsvError extends Error {
  constructor(
    readonly code: QuickOrderCsvErrorCode,
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'QuickOrderCsvError';
  }

  static fileTooLarge(limits: QuickOrderLimits): QuickOrderCsvError {
    return new QuickOrderCsvError(
      'file_too_large',
      `The file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB; split it into smaller files`,
    );
  }

  /** Neither text nor a workbook we read: a PDF, an image, an old .xls, another archive. */
  static unsupportedFile(): QuickOrderCsvError {
    return new QuickOrderCsvError('unsupported_file_type', 'Upload a CSV or Excel file');
  }
}

const SKU_HEADERS = new Set([
  'sku',
  'article number',
  'article no',
  'article',
  'artikkelnummer',
  'artikkelnr',
  'artikkel',
  'varenummer',
  'varenr',
  // French, as the shop's French customers name the columns.
  'référence',
  'reference',
  'réf',
  'ref',
  'référence article',
]);
const QUANTITY_HEADERS = new Set(['quantity', 'qty', 'antall', 'ant', 'mengde', 'quantité', 'quantite', 'qté']);

const normaliseHeader = (cell: string) => cell.trim().toLowerCase().replace(/[._]/g, ' ').replace(/\s+/g, ' ');

/**
 * Norwegian Excel writes `;`, the rest of the world `,`, and cells pasted from a spreadsheet
 * arrive tab-separated; the first line with content tells which.
 */
function detectDelimiter(text: string): ';' | ',' | '\t' {
  let inQuotes = false;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (commas > 0 || text.slice(0, i).trim() !== '') break;
    } else if (!inQuotes && (c === '\t' || c === ';')) return c;
    else if (!inQuotes && c === ',') commas++;
  }
  return ',';
}

/**
 * Reads a quick-order CSV into entries: `sku` and `quantity` columns, header optional
 * (English or Norwegian names, any order), comma, semicolon or tab, CRLF or LF, quoted fields,
 * SKUs kept as text so leading zeros survive, blank lines skipped. Refuses a file with more
 * than `maxLines` data lines or one papaparse cannot read, naming the line.
 */
export function parseQuickOrderCsv(input: string, limits: QuickOrderLimits = QUICK_ORDER_LIMITS): QuickOrderEntry[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > limits.maxBytes) throw QuickOrderCsvError.fileTooLarge(limits);
  const rows = new QuickOrderRowCollector(limits);
  const delimiter = detectDelimiter(text);
  if (!text.includes('"')) {
    // Without quotes no field spans lines: with every line break made LF, row n is line n
    // (whatever mix of CRLF and LF the file has), and papaparse can read the whole file at
    // once — about twice as fast as row by row on 100,000 lines.
    const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
    const { data } = parse<string[]>(lf, { delimiter, newline: '\n', skipEmptyLines: false });
    for (let i = 0; i < data.length; i++) {
      const failure = rows.take(data[i], i + 1);
      if (failure) throw failure;
    }
    return rows.result();
  }

  let failure: QuickOrderCsvError | null = null;
  // Line numbers: count line breaks as papaparse's cursor moves; quoted fields may span lines.
  let line = 1;
  let consumed = 0;
  const linesUpTo = (offset: number) => {
    let count = 0;
    let at = text.indexOf('\n', consumed);
    while (at !== -1 && at < offset) {
      count++;
      at = text.indexOf('\n', at + 1);
    }
    return count;
  };
  parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const rowLine = line;
      const error = result.errors[0];
      if (error) {
        const at = 'index' in error && typeof error.index === 'number' ? error.index : consumed;
        failure = new QuickOrderCsvError(
          'malformed_csv',
          `Line ${rowLine + linesUpTo(at)}: ${describeParseError(error.code)}`,
          rowLine + linesUpTo(at),
        );
        parser.abort();
        return;
      }
      const cursor = result.meta.cursor;
      line += linesUpTo(cursor);
      consumed = cursor;
      failure = rows.take(result.data, rowLine);
      if (failure) parser.abort();
    },
  });
  if (failure) throw failure;
  return rows.result();
}

/**
 * Turns rows into entries: skips blank rows, reads an optional header, counts the lines. The
 * CSV reader here and the workbook reader of the API both feed it, so a file means the same
 * whatever it was saved as.
 */
export class QuickOrderRowCollector {
  private readonly entries: QuickOrderEntry[] = [];
  private columns: { sku: number; quantity: number } | null = null;

  constructor(private readonly limits: QuickOrderLimits = QUICK_ORDER_LIMITS) {}

  /**
   * Takes one row (its cells may have holes: a workbook row is sparse); answers the error
   * that refuses the file, if this row causes one.
   */
  take(cells: readonly string[], line: number): QuickOrderCsvError | null {
    if (cells.every((cell) => cell.trim() === '')) return null;
    // PostgreSQL text cannot hold a NUL; refused here, for the line, rather than by the query.
    if (cells.some((cell) => cell.includes('\u0000')))
      return new QuickOrderCsvError(
        'invalid_characters',
        `Line ${line}: contains a NUL character; remove it and upload the file again`,
        line,
      );
    if (!this.columns) {
      this.columns = headerColumns(cells, line);
      if (this.columns) return null;
      this.columns = { sku: 0, quantity: 1 };
    }
    if (this.entries.length >= this.limits.maxLines)
      return new QuickOrderCsvError(
        'too_many_lines',
        `The file has more than ${this.limits.maxLines.toLocaleString('en-GB')} lines; split it into smaller files`,
        line,
      );
    this.entries.push({
      line,
      sku: cells[this.columns.sku] ?? '',
      quantity: cells[this.columns.quantity] ?? '',
    });
    return null;
  }

  result(): QuickOrderEntry[] {
    if (this.entries.length === 0)
      throw new QuickOrderCsvError('empty_file', 'The file has no lines with an article number and a quantity');
    return this.entries;
  }
}

/** The column positions when the row is a header, null when it is data. */
function headerColumns(cells: readonly string[], line: number): { sku: number; quantity: number } | null {
  const names = cells.map(normaliseHeader);
  const sku = names.findIndex((name) => SKU_HEADERS.has(name));
  const quantity = names.findIndex((name) => QUANTITY_HEADERS.has(name));
  if (sku === -1 && quantity === -1) return null;
  if (sku === -1 || quantity === -1)
    throw new QuickOrderCsvError(
      'csv_missing_column',
      `Line ${line}: the header needs an article number column (sku / artikkelnummer) and a quantity column (quantity / antall)`,
      line,
    );
  return { sku, quantity };
}

function describeParseError(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'a quoted field is never closed';
    case 'InvalidQuotes':
      return 'a quote mark in the middle of a field; put quoted fields in double quotes ("")';
    default:
      return 'this line cannot be read as CSV';
  }
}
