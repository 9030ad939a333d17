import {
  type CatalogImportField,
  type CatalogImportProblem,
  PRODUCT_LIFECYCLES,
  type ProductLifecycle,
  STOCK_STATUSES,
  type StockStatus,
} from '@lumen/shared/contracts';
import { normaliseSku } from '@lumen/shared/domain';
import type { TableCell } from './import-table';

/** What a cell may hold once read: text, a number, a yes/no, or nothing (null). */
export type CellValue = string | number | boolean | null | undefined;

/** Why a cell is refused. A class, so that a good cell's value needs no wrapper object (2,000,000 cells a file). */
export class CellProblem implements Omit<CatalogImportProblem, 'field'> {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

type Parsed<T> = T | CellProblem;

const fail = (code: string, message: string): CellProblem => new CellProblem(code, message);

/** A C0 control but tab and line breaks, DEL: no export writes them; a NUL is a damaged file. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Whether any cell of this text may hold a control character: one scan of a file instead of one per cell. */
export const holdsControls = (text: string): boolean => CONTROL.test(text);

/** What papaparse's and our own exports prefix with `'` so that Excel takes it for text. */
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

const integer =
  (min?: number): ((text: string) => Parsed<number | null>) =>
  (text) => {
    if (text === '') return null;
    const compact = text.replace(/[\s\u00a0]/g, '');
    if (!/^-?\d+$/.test(compact)) return fail('invalid_number', `"${text}" is not a whole number`);
    const value = Number(compact);
    if (min !== undefined && value < min) return fail('out_of_range', `${value} is below ${min}`);
    return value;
  };

const decimal = (text: string): Parsed<number | null> => {
  if (text === '') return null;
  const compact = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return fail('invalid_number', `"${text}" is not a number`);
  return Number(compact);
};

const YES = new Set(['yes', 'ja', 'true', '1', 'y', 'j', 'x']);
const NO = new Set(['no', 'nei', 'false', '0', 'n']);
const yesNo =
  (empty: boolean | null) =>
  (text: string): Parsed<boolean | null> => {
    const word = text.toLowerCase();
    if (word === '') return empty;
    if (YES.has(word)) return true;
    if (NO.has(word)) return false;
    return fail('invalid_value', `"${text}" is not yes or no`);
  };

const oneOf =
  <T extends string>(values: readonly T[], empty: T | null, aliases: Record<string, T> = {}) =>
  (text: string): Parsed<T | null> => {
    const word = text.toLowerCase().replace(/[\s-]+/g, '_');
    if (word === '') return empty;
    const value = (values as readonly string[]).includes(word) ? (word as T) : aliases[word];
    return value ?? fail('invalid_value', `"${text}" is not one of ${values.join(', ')}`);
  };

/** YYYY-MM-DD or DD.MM.YYYY, a real calendar day. */
const date = (text: string): Parsed<string | null> => {
  if (text === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (!match) return fail('invalid_date', `"${text}" is not a date (YYYY-MM-DD or DD.MM.YYYY)`);
  const [year, month, day] = text.includes('-') ? [match[1], match[2], match[3]] : [match[3], match[2], match[1]];
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso)
    return fail('invalid_date', `${text} is not a calendar day`);
  return iso;
};

const text = (value: string): Parsed<string> => value;
const words = (value: string): Parsed<string> => value.replace(/\s+/g, ' ');
const sku = (value: string): Parsed<string | null> => (value === '' ? null : normaliseSku(value));

/** How each column's text becomes a value; the domain's rules (ranges, SKU format) come after. */
const CELL_PARSERS: Record<CatalogImportField, (text: string) => Parsed<CellValue>> = {
  sku,
  name: text,
  description: text,
  keywords: words,
  category: (value) => value.toLowerCase(),
  brand: text,
  listPriceOre: integer(0),
  wattage: decimal,
  lumen: integer(),
  colourTemperatureK: integer(),
  cri: integer(),
  ipRating: (value) => (value === '' ? null : value.toUpperCase().replace(/\s+/g, '')),
  beamAngle: integer(),
  dimmable: yesNo(null),
  stockStatus: oneOf<StockStatus>(STOCK_STATUSES, null),
  stockDate: date,
  bulky: yesNo(false),
  netPriced: yesNo(false),
  lifecycle: oneOf<ProductLifecycle>(PRODUCT_LIFECYCLES, 'active', {
    aktiv: 'active',
    utgatt: 'end_of_life',
    utgått: 'end_of_life',
    eol: 'end_of_life',
  }),
  replacementSku: sku,
};

/**
 * One cell's value, or why it is refused. A formula (an XLSX formula, or CSV text starting with
 * `=`) is refused rather than guessed at: a catalog file holds values, and a cached result may
 * be stale. Text our export escaped with a leading `'` comes back as the text it was.
 * `controls` is false when the whole file was seen to hold no control character.
 */
export function readCell(field: CatalogImportField, cell: TableCell | undefined, controls = true): Parsed<CellValue> {
  if (cell === undefined || cell === '') return CELL_PARSERS[field]('');
  if (typeof cell !== 'string' || cell.trimStart().startsWith('='))
    return fail(
      'formula',
      `Formulas are not imported (${typeof cell === 'string' ? cell : cell.formula}): paste the value`,
    );
  if (controls && CONTROL.test(cell))
    return fail('invalid_characters', 'The cell holds control characters (a damaged file?)');
  const value = cell.charCodeAt(0) === 0x27 && ESCAPED_FORMULA.test(cell) ? cell.slice(1) : cell.trim();
  return CELL_PARSERS[field](value);
}
