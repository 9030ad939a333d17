import type { QuickOrderReportLine } from '@lumen/shared/contracts';
import { csvKroner, excelCsv, lineTotal } from '@lumen/shared/domain';
import { unparse } from 'papaparse';
import type { ReportProduct } from './quick-order-report-products.query';

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

/** The report's first line: the byte-order mark and the column names (`excelCsv` of no rows). */
export const QUICK_ORDER_REPORT_CSV_HEADER = excelCsv(COLUMNS, []);

/**
 * Report lines as CSV rows for Norwegian Excel, each preceded by CRLF so batches can follow the
 * header one after the other: `;`, kroner by `csvKroner`, and formula-like cells neutralised as
 * `excelCsv` does (the customer's own article numbers end up in cells). `productOf` answers a
 * line's product, if the catalog still has it.
 */
export function quickOrderReportCsvRows(
  lines: readonly QuickOrderReportLine[],
  productOf: (line: QuickOrderReportLine) => ReportProduct | undefined,
): string {
  if (lines.length === 0) return '';
  const rows = lines.map((line) => {
    const product = productOf(line);
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
  return '\r\n' + unparse(rows, { delimiter: ';', newline: '\r\n', escapeFormulae: true });
}
