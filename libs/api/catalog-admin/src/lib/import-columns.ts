import { AppError } from '@lumen/api/core';
import { CATALOG_IMPORT_COLUMNS, type CatalogImportField } from '@lumen/shared/contracts';

/** `List price (øre)`, `list_price_ore`, `LISTEPRIS ORE` all name one column. */
const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s._-]+/g, '_');

/**
 * Which field each header cell names, by the documented names (nb or en, any case, in any
 * order; `columns` names them). An unknown or repeated header refuses the file: a misspelt
 * column silently left out would import without that field.
 */
export function columnsOf(
  header: readonly string[],
  columns: readonly { field: string; en: string; nb: string }[],
  required: string,
): string[] {
  const byName = new Map<string, string>();
  for (const column of columns) {
    byName.set(headerKey(column.en), column.field);
    byName.set(headerKey(column.nb), column.field);
  }
  const fields: string[] = [];
  header.forEach((cell, index) => {
    const field = byName.get(headerKey(cell));
    if (!field) {
      if (cell.trim() === '' && index === header.length - 1) return; // a trailing separator
      throw new AppError(
        422,
        'malformed_csv',
        `Line 1: unknown column "${cell}"; the documented columns are listed in the import guide`,
        [{ line: 1, field: cell, code: 'unknown_column', message: `Unknown column "${cell}"` }],
      );
    }
    if (fields.includes(field))
      throw new AppError(422, 'malformed_csv', `Line 1: the column "${cell}" appears twice`, [
        { line: 1, field: cell, code: 'duplicate_column', message: `Column "${cell}" appears twice` },
      ]);
    fields.push(field);
  });
  if (!fields.includes(required)) {
    const column = columns.find((candidate) => candidate.field === required);
    throw new AppError(
      422,
      'csv_missing_column',
      `Line 1: the file needs a "${column?.en}" (or "${column?.nb}") column`,
    );
  }
  return fields;
}

export const importColumnsOf = (header: readonly string[]) =>
  columnsOf(header, CATALOG_IMPORT_COLUMNS, 'sku') as CatalogImportField[];
