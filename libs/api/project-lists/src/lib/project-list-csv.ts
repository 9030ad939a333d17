import type { ProjectListDetail } from '@lumen/shared/contracts';
import { unparse } from 'papaparse';

/** Excel recognises UTF-8 (æøå) only with a byte-order mark. */
const BOM = '\uFEFF';

/** Øre as Norwegian Excel reads a number: decimal comma, no thousands separator. */
function kroner(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The list as a `;`-separated CSV for Norwegian Excel. The `sku` and `quantity` columns
 * come first and carry those names, so the file can go straight back into quick order.
 * `escapeFormulae` neutralises cells starting with = + - @ TAB or CR (formula injection).
 */
export function projectListCsv(list: ProjectListDetail): string {
  const rows = list.items.map((line) => ({
    sku: line.product.sku,
    quantity: line.quantity,
    name: line.product.name,
    unit_price_nok: kroner(line.product.price?.unitPriceOre ?? 0),
    line_total_nok: kroner(line.lineTotalOre),
    note: line.note ?? '',
  }));
  return (
    BOM +
    unparse(rows, {
      delimiter: ';',
      newline: '\r\n',
      escapeFormulae: true,
      columns: ['sku', 'quantity', 'name', 'unit_price_nok', 'line_total_nok', 'note'],
    })
  );
}

/** A file name from the list's name that every OS and browser accepts. */
export function csvFileName(list: ProjectListDetail): string {
  const base = list.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return `${base || 'project-list'}.csv`;
}
