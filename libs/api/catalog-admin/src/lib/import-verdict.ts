import {
  CATALOG_IMPORT_COLUMNS,
  type CatalogImportField,
  type CatalogImportProblem,
  type CatalogImportReportLine,
  type CatalogImportSummary,
} from '@lumen/shared/contracts';
import { productDraftProblems, type ReplacementGraph, replacementProblems } from '@lumen/shared/domain';
import { readCell } from './import-cells';
import type { TableRow } from './import-table';
import { changedFields, type ProductFields } from './staff-product-row';

/** A file line read into the fields its columns carry, and what is wrong with it so far. */
export interface ParsedLine {
  line: number;
  sku: string;
  values: Partial<Record<CatalogImportField, string | number | boolean | null>>;
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

/** Reads each cell of a row by its column's field. */
export function parseRow(row: TableRow, columns: readonly CatalogImportField[]): ParsedLine {
  const parsed: ParsedLine = { line: row.line, sku: '', values: {}, problems: [] };
  columns.forEach((field, index) => {
    const result = readCell(field, row.cells[index]);
    if ('problem' in result) parsed.problems.push({ field, ...result.problem });
    else parsed.values[field] = result.value;
  });
  const sku = parsed.values.sku;
  if (typeof sku === 'string') parsed.sku = sku;
  else if (!parsed.problems.some((problem) => problem.field === 'sku'))
    parsed.problems.push({ field: 'sku', code: 'required', message: 'The line has no article number' });
  return parsed;
}

/** A SKU on more than one line refuses every one of them: which line should win is the sender's call. */
export function refuseDuplicates(lines: readonly ParsedLine[]): void {
  const linesOf = new Map<string, number[]>();
  for (const line of lines) if (line.sku) linesOf.set(line.sku, [...(linesOf.get(line.sku) ?? []), line.line]);
  for (const line of lines) {
    const all = linesOf.get(line.sku);
    if (!all || all.length < 2) continue;
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

/**
 * The verdict on every line against the catalog as it is (`current`, by SKU) and the category
 * slugs: created, changed (which fields), unchanged or refused with every reason; the
 * replacement graph is `judgeReplacements`'.
 */
export function judgeLines(
  lines: readonly ParsedLine[],
  current: ReadonlyMap<string, ProductFields>,
  categoryIds: ReadonlyMap<string, string>,
): LineVerdict[] {
  return lines.map((parsed) => {
    const problems = [...parsed.problems];
    const before = current.get(parsed.sku);
    const { values } = parsed;
    const category = values.category;
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
    if (problems.length > 0) return { line: parsed.line, sku: parsed.sku, status: 'refused', problems };
    // A new product's required fields start empty, so a column left out is refused below.
    const product = before ? { ...before } : newProduct(parsed.sku);
    // Field by field, not by spreads: 100,000 lines of 20 fields, where spreads cost seconds.
    for (const field in values)
      if (field !== 'category')
        (product as unknown as Record<string, unknown>)[field] = values[field as CatalogImportField];
    product.categoryId = categoryId;
    for (const field of REQUIRED_TO_CREATE) {
      const value = field === 'category' ? categoryId : product[field as keyof ProductFields];
      if ((value === null || value === '') && !problems.some((problem) => problem.field === field))
        problems.push({
          field,
          code: 'required',
          message: before ? `${field} cannot be empty` : `${field} is needed to create a product`,
        });
    }
    if (problems.length > 0) return { line: parsed.line, sku: parsed.sku, status: 'refused', problems };
    for (const problem of productDraftProblems(product))
      problems.push({ field: reportField(problem.field), code: problem.code, message: problem.message });
    if (problems.length > 0) return { line: parsed.line, sku: parsed.sku, status: 'refused', problems };
    if (!before) return { line: parsed.line, sku: parsed.sku, status: 'created', product };
    const changed = changedFields(before, product);
    return changed.length === 0
      ? { line: parsed.line, sku: parsed.sku, status: 'unchanged' }
      : { line: parsed.line, sku: parsed.sku, status: 'changed', changedFields: changed.map(reportField), product };
  });
}

/** The products the verdicts would write. */
export const productsToWrite = (verdicts: readonly LineVerdict[]): ProductFields[] =>
  verdicts.flatMap((verdict) => (verdict.product ? [verdict.product] : []));

/**
 * Refuses the lines whose product would break the replacement graph (`graph`: the catalog
 * around the file with the file's products laid over it), checked once for all of them.
 */
export function judgeReplacements(verdicts: LineVerdict[], graph: ReplacementGraph): void {
  const problems = replacementProblems(
    graph,
    productsToWrite(verdicts)
      .filter((product) => product.lifecycle === 'end_of_life')
      .map((product) => product.sku),
  );
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

export function summaryOf(verdicts: readonly CatalogImportReportLine[]): CatalogImportSummary {
  const summary: CatalogImportSummary = { lines: verdicts.length, created: 0, changed: 0, unchanged: 0, refused: 0 };
  for (const verdict of verdicts) summary[verdict.status]++;
  return summary;
}
