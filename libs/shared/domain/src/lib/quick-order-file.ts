import { QUICK_ORDER_LIMITS, QuickOrderCsvError, type QuickOrderLimits } from './quick-order-csv';

/** How an upload is read: a zip archive (an .xlsx workbook, or nothing we read) or text. */
export type QuickOrderFileKind = 'zip' | 'text';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** `PK\x03\x04` (an archive) or `PK\x05\x06` (an empty one). */
const isZip = (bytes: Uint8Array) =>
  startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);

/**
 * Files people pick by mistake that the text heuristic below might take for text (a PDF
 * without compressed streams is mostly ASCII); an old binary .xls is the one we meet most.
 */
const REFUSED_SIGNATURES: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], // OLE2: .xls, .doc, encrypted .xlsx
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x1f, 0x8b], // gzip
];

/** Reads the first bytes: which reader takes the file; a known non-text format is refused. */
export function quickOrderFileKind(bytes: Uint8Array): QuickOrderFileKind {
  if (isZip(bytes)) return 'zip';
  if (REFUSED_SIGNATURES.some((signature) => startsWith(bytes, ...signature)))
    throw QuickOrderCsvError.unsupportedFile();
  return 'text';
}

/** A character no spreadsheet export writes: a C0 control but tab, LF, FF and CR; DEL; a C1 control. */
const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
/** Enough of the file to tell text from binary without scanning 10 MB. */
const SAMPLE_CHARS = 64 * 1024;

/**
 * Binary data read as text is full of control characters (about one byte in eight of random
 * data); a real file has none, or a stray few that the line check then names (a NUL in a
 * cell). More than 1 % of the sample, and more than 8, is not text.
 */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_CHARS);
  let controls = 0;
  for (let i = 0; i < length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls > 8 && controls * 100 > length;
}

function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes an uploaded text file, once. A BOM says which encoding: UTF-8, or UTF-16LE/BE (what
 * Excel's "Unicode text" writes). Without one, UTF-8 is the format we ask for; Norwegian
 * Excel's "CSV (semikolonseparert)" still writes Windows-1252, so bytes that are not valid
 * UTF-8 are read as that rather than refused — SKUs are ASCII either way. Binary data (no
 * encoding makes text of it) is refused as `unsupported_file_type`. The decoders drop the BOM.
 */
export function decodeCsv(bytes: Uint8Array, limits: QuickOrderLimits = QUICK_ORDER_LIMITS): string {
  if (bytes.byteLength > limits.maxBytes) throw QuickOrderCsvError.fileTooLarge(limits);
  const text = startsWith(bytes, 0xff, 0xfe)
    ? decodeStrict(bytes, 'utf-16le')
    : startsWith(bytes, 0xfe, 0xff)
      ? decodeStrict(bytes, 'utf-16be')
      : (decodeStrict(bytes, 'utf-8') ?? new TextDecoder('windows-1252').decode(bytes));
  if (text === null || looksBinary(text)) throw QuickOrderCsvError.unsupportedFile();
  return text;
}
