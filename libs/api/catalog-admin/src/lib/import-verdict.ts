import {
  CATALOG_IMPORT_COLUMNS,
  type CatalogImportField,
  type CatalogImportProblem,
  type CatalogImportReportLine,
  type CatalogImportSummary,
} from '@lumen/shared/contracts';
import { productDraftProblems, type ReplacementGraph, replacementProblems } from '@lumen/shared/domain';
import { CellProblem, type CellValue, readCell } from './import-cells';
import type { TableRow } from './import-table';
import { PRODUCT_FIELDS, type ProductFields } from './staff-product-row';

/** A file line read into the fields its columns carry, and what is wrong with it so far. */
export interface ParsedLine {
  line: number;
  sku: string;
  /**
   * Each column's value in the file's column order (undefined where its cell is refused): an
   * array, as 2,000,000 stores by field name into objects cost half a second.
   */
  values: CellValue[];
  problems: CatalogImportProblem[];
}

/** A line's verdict, with the product as it would be written (for created and changed lines). */
export interface LineVerdict extends CatalogImportReportLine {
  product?: ProductFields;
}

const REQUIRED_TO_CREATE = CATALOG_IMPORT_COLUMNS.filter((column) => column.requiredToCreate).map(
  (column) => column.field,
);

/** What a new product is where the file says nothing; its required fields start empty (null). */
const newProduct = (sku: string): ProductFields => ({
  sku,
  name: '',
  categoryId: '',
  brand: '',
  listPriceOre: null as unknown as number,
  stockStatus: null as unknown as ProductFields['stockStatus'],
  description: '',
  keywords: '',
  wattage: null,
  lumen: null,
  colourTemperatureK: null,
  cri: null,
  ipRating: null,
  beamAngle: null,
  dimmable: null,
  stockDate: null,
  bulky: false,
  netPriced: false,
  lifecycle: 'active',
  replacementSku: null,
});

/** Reads each cell of a row by its column's field; `controls` as `readCell` takes it. */
export function parseRow(row: TableRow, columns: readonly CatalogImportField[], controls = true): ParsedLine {
  const parsed: ParsedLine = { line: row.line, sku: '', values: [], problems: [] };
  for (let index = 0; index < columns.length; index++) {
    const field = columns[index];
    const result = readCell(field, row.cells[index], controls);
    if (result instanceof CellProblem) {
      parsed.problems.push({ field, code: result.code, message: result.message });
      parsed.values.push(undefined);
    } else parsed.values.push(result);
  }
  const sku = parsed.values[columns.indexOf('sku')];
  if (typeof sku === 'string') parsed.sku = sku;
  else if (!parsed.problems.some((problem) => problem.field === 'sku'))
    parsed.problems.push({ field: 'sku', code: 'required', message: 'The line has no article number' });
  return parsed;
}

/** A SKU on more than one line refuses every one of them: which line should win is the sender's call. */
export function refuseDuplicates(lines: readonly ParsedLine[]): void {
  const firstLine = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const line of lines) {
    if (!line.sku) continue;
    const first = firstLine.get(line.sku);
    const others = repeated.get(line.sku);
    if (first === undefined) firstLine.set(line.sku, line.line);
    else if (others) others.push(line.line);
    else repeated.set(line.sku, [first, line.line]);
  }
  if (repeated.size === 0) return;
  for (const line of lines) {
    const all = repeated.get(line.sku);
    if (!all) continue;
    const others = all.filter((other) => other !== line.line);
    line.problems.push({
      field: 'sku',
      code: 'duplicate_sku',
      message: `${line.sku} is also on line${others.length > 1 ? 's' : ''} ${others.slice(0, 5).join(', ')}`,
    });
  }
}

/** The report's field of a product field (the file names the category by slug). */
const reportField = (field: keyof ProductFields): CatalogImportField => (field === 'categoryId' ? 'category' : field);
const productField = (field: CatalogImportField): keyof ProductFields => (field === 'category' ? 'categoryId' : field);

const refused = (parsed: ParsedLine, problems: CatalogImportProblem[]): LineVerdict => ({
  line: parsed.line,
  sku: parsed.sku,
  status: 'refused',
  problems,
});

/**
 * The verdict on every line against the catalog as it is (`current`, by SKU) and the category
 * slugs: created, changed (which fields), unchanged or refused with every reason; the
 * replacement graph is `judgeReplacements`'. `columns` are the file's: the only fields a line
 * can change.
 */
export function judgeLines(
  lines: readonly ParsedLine[],
  columns: readonly CatalogImportField[],
  current: ReadonlyMap<string, ProductFields>,
  categoryIds: ReadonlyMap<string, string>,
): LineVerdict[] {
  // Field by field over the file's columns, never spreads or Object.keys per line: 100,000
  // lines of 20 fields, where those cost seconds.
  const categoryAt = columns.indexOf('category');
  /** The file's columns that are product fields as they are, with their place on a line. */
  const valueFields = columns.flatMap((field, index) =>
    field === 'category' || field === 'sku' ? [] : [[field as keyof ProductFields, index] as const],
  );
  const compared = PRODUCT_FIELDS.filter((field) => field !== 'sku' && columns.includes(reportField(field))).map(
    (field) => [field, columns.indexOf(reportField(field))] as const,
  );
  return lines.map((parsed) => {
    const problems = parsed.problems.length > 0 ? [...parsed.problems] : [];
    const before = current.get(parsed.sku);
    const { values } = parsed;
    const category = categoryAt === -1 ? undefined : values[categoryAt];
    if (!before && parsed.sku && !category && !problems.some((problem) => problem.field === 'category'))
      problems.push({ field: 'category', code: 'required', message: 'category is needed to create a product' });
    let categoryId = before?.categoryId ?? '';
    if (typeof category === 'string' && category !== '') {
      const id = categoryIds.get(category);
      if (id) categoryId = id;
      else
        problems.push({
          field: 'category',
          code: 'unknown_category',
          message: `No category has the slug "${category}"`,
        });
    }
    if (problems.length > 0) return refused(parsed, problems);
    const changed: (keyof ProductFields)[] = [];
    if (before)
      for (const [field, index] of compared)
        if (before[field] !== (field === 'categoryId' ? categoryId : values[index])) changed.push(field);
    // An unchanged line is its product as it is; a new product's required fields start empty,
    // so a column left out is refused below.
    let product: ProductFields;
    if (before && changed.length === 0) product = before;
    else {
      product = before ? { ...before } : newProduct(parsed.sku);
      const writable = product as unknown as Record<string, unknown>;
      for (const [field, index] of valueFields) writable[field] = values[index];
      product.categoryId = categoryId;
    }
    for (const field of REQUIRED_TO_CREATE) {
      const value = product[productField(field)];
      if ((value === null || value === '') && !problems.some((problem) => problem.field === field))
        problems.push({
          field,
          code: 'required',
          message: before ? `${field} cannot be empty` : `${field} is needed to create a product`,
        });
    }
    if (problems.length > 0) return refused(parsed, problems);
    for (const problem of productDraftProblems(product))
      problems.push({ field: reportField(problem.field), code: problem.code, message: problem.message });
    if (problems.length > 0) return refused(parsed, problems);
    if (!before) return { line: parsed.line, sku: parsed.sku, status: 'created', product };
    return changed.length === 0
      ? { line: parsed.line, sku: parsed.sku, status: 'unchanged' }
      : { line: parsed.line, sku: parsed.sku, status: 'changed', changedFields: changed.map(reportField), product };
  });
}

/** The products the verdicts would write: all, or only the created or only the changed ones. */
export function productsToWrite(
  verdicts: readonly LineVerdict[],
  status?: Extract<LineVerdict['status'], 'created' | 'changed'>,
): ProductFields[] {
  const products: ProductFields[] = [];
  for (const verdict of verdicts)
    if (verdict.product && (status === undefined || verdict.status === status)) products.push(verdict.product);
  return products;
}

/**
 * Refuses the lines whose product would break the replacement graph (`graph`: the catalog
 * around the file with the file's products laid over it), checked once for all of them:
 * `ending` are the SKUs the file makes (or keeps) end-of-life.
 */
export function judgeReplacements(verdicts: LineVerdict[], graph: ReplacementGraph, ending: readonly string[]): void {
  const problems = replacementProblems(graph, ending);
  if (problems.size === 0) return;
  for (const verdict of verdicts) {
    const problem = verdict.product && problems.get(verdict.sku);
    if (!problem) continue;
    verdict.status = 'refused';
    verdict.problems = [
      {
        field: problem.code === 'replacement_in_use' ? 'lifecycle' : 'replacementSku',
        code: problem.code,
        message: problem.message,
      },
    ];
    delete verdict.changedFields;
    delete verdict.product;
  }
}

/** A verdict as the report shows it: the product to write stays behind. */
export function reportLine(verdict: LineVerdict): CatalogImportReportLine {
  const line: CatalogImportReportLine = { line: verdict.line, sku: verdict.sku, status: verdict.status };
  if (verdict.problems) line.problems = verdict.problems;
  if (verdict.changedFields) line.changedFields = verdict.changedFields;
  return line;
}

export function summaryOf(verdicts: readonly CatalogImportReportLine[]): CatalogImportSummary {
  const summary: CatalogImportSummary = { lines: verdicts.length, created: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const verdict of verdicts) summary[verdict.status]++;
  return summary;
}
