import { unparse } from 'papaparse';

/**
 * Kroner as every CSV we write carries them: decimal comma, no thousands separator ("1675,00",
 * "-3,05"). Our files are `;`-separated for Norwegian Excel, which reads exactly this as a
 * number; "12.50" it takes for text or a date. Integer arithmetic, so no float is ever printed.
 */
export function csvKroner(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`amount must be a whole number of øre, got ${ore}`);
  const abs = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A download for Norwegian Excel, as every CSV we write is one: a byte-order mark (without it
 * Excel reads UTF-8 as Windows-1252 and mangles æøå), `;` between cells (the decimal comma
 * leaves `,` to the numbers), CRLF, and every cell that starts with = + - @ TAB or CR
 * neutralised (papaparse `escapeFormulae`), because customers' own text ends up in cells.
 */
export function excelCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  // The header as the first row (not papaparse's `fields`), so an empty file ends without a line break.
  return (
    '\ufeff' +
    unparse([[...columns], ...rows.map((row) => [...row])], { delimiter: ';', newline: '\r\n', escapeFormulae: true })
  );
}
