import type { QuickOrderProduct, QuickOrderReportLine } from '@lumen/shared/contracts';
import { csvKroner, excelCsv, lineTotal } from '@lumen/shared/domain';

const MESSAGES: Record<string, string> = {
  ok: 'OK',
  unknown_sku: 'Unknown article number',
  missing_sku: 'No article number',
  invalid_quantity: 'Invalid quantity',
  end_of_life: 'End of life; replacement offered',
  not_orderable: 'Discontinued, no replacement',
};

const COLUMNS = [
  'line',
  'sku',
  'quantity',
  'status',
  'message',
  'name',
  'unit_price_nok_excl_vat',
  'line_total_nok_excl_vat',
  'stock_status',
  'replacement_sku',
  'suggestions',
  'summed_into_line',
];

/**
 * The report as a CSV for Norwegian Excel (`excelCsv`, kroner by `csvKroner`). Formula-safe
 * matters here: the customer's own article numbers end up in cells.
 */
export function quickOrderReportCsv(
  lines: readonly QuickOrderReportLine[],
  products: readonly QuickOrderProduct[],
): string {
  const productBySku = new Map(products.map((product) => [product.sku, product]));
  const rows = lines.map((line) => {
    const product = productBySku.get(line.sku);
    const price = line.status === 'ok' && product ? product.price : undefined;
    return [
      line.line,
      line.sku,
      line.quantityText ?? line.quantity ?? '',
      line.status,
      MESSAGES[line.status] + (line.quantityProblem ? ` (${line.quantityProblem})` : ''),
      product?.name ?? '',
      price ? csvKroner(price.unitPriceOre) : '',
      price && line.quantity !== null ? csvKroner(lineTotal(price.unitPriceOre, line.quantity)) : '',
      product?.stockStatus ?? '',
      line.replacementSku ?? '',
      (line.suggestions ?? []).join(' '),
      line.summedIntoLine ?? '',
    ];
  });
  return excelCsv(COLUMNS, rows);
}
