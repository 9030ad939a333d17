import type { ProjectListDetail } from '@lumen/shared/contracts';
import { csvKroner, excelCsv } from '@lumen/shared/domain';

const COLUMNS = ['sku', 'quantity', 'name', 'unit_price_nok', 'line_total_nok', 'note'];

/**
 * The list as a CSV for Norwegian Excel (`excelCsv`, kroner by `csvKroner`). The `sku` and
 * `quantity` columns come first and carry those names, so the file can go straight back into
 * quick order.
 */
export function projectListCsv(list: ProjectListDetail): string {
  return excelCsv(
    COLUMNS,
    list.items.map((line) => [
      line.product.sku,
      line.quantity,
      line.product.name,
      csvKroner(line.product.price?.unitPriceOre ?? 0),
      csvKroner(line.lineTotalOre),
      line.note ?? '',
    ]),
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
