import {
  QUICK_ORDER_LIMITS,
  QuickOrderCsvError,
  type QuickOrderEntry,
  type QuickOrderLimits,
  QuickOrderRowCollector,
} from '@lumen/shared/domain';
import { type SaxesOptions, SaxesParser, type SaxesTagNS, type SaxesTagPlain } from 'saxes';
import { ZipArchive } from './quick-order-zip';

/** One row of the first sheet: its cells by column (sparse), and the row number Excel shows. */
type XlsxRowHandler = (cells: readonly string[], line: number) => void;

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const OFFICE_DOCUMENT = `${RELATIONSHIPS_NS}/officeDocument`;
const SHARED_STRINGS = `${RELATIONSHIPS_NS}/sharedStrings`;
/** ISO/IEC 29500 strict names the same relationships under another namespace. */
const STRICT_RELATIONSHIPS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
/** Prefixed names are read by their local part; positions are not worth tracking here. */
const PLAIN_XML = { xmlns: false, position: false } as const;
/** The XML is handed to the parser in pieces, so no part is ever one 100 MB string. */
const CHUNK_BYTES = 1024 * 1024;

interface Relationship {
  type: string;
  target: string;
}

/**
 * Reads the first visible sheet of an .xlsx workbook and hands each row to `onRow`, in order.
 * Only what a quick order needs: shared and inline strings, numbers as written, booleans,
 * formula results; no styles, so a number formatted with leading zeros arrives without them.
 *
 * Safe on hostile input: the parts read are unpacked only after the zip's directory says they
 * fit in `maxUnpackedBytes` (an entry never unpacks to more than its declared size, so a lying
 * directory cannot exceed it); rows stream from the XML parser, so memory is the parts plus the
 * rows taken, and `onRow` may throw to stop (the 100,001st line); the XML parser expands no
 * entities of a DTD. A zip that is not a workbook, or one we cannot read, is
 * `unsupported_file_type`; one that unpacks to more than the limit, `file_too_large`.
 */
function readXlsxRows(bytes: Uint8Array, onRow: XlsxRowHandler, limits: QuickOrderLimits = QUICK_ORDER_LIMITS): void {
  try {
    const archive = new Archive(bytes, limits.maxUnpackedBytes);
    const workbookPath = relationshipOfType(archive, '', OFFICE_DOCUMENT)?.target;
    if (!workbookPath) throw QuickOrderCsvError.unsupportedFile();
    const workbookRels = relationships(archive, workbookPath);
    const sheetRelId = firstVisibleSheet(archive.read([workbookPath])[workbookPath]);
    const sheet = sheetRelId ? workbookRels.get(sheetRelId) : undefined;
    if (!sheet) throw QuickOrderCsvError.unsupportedFile();
    const sharedPath = [...workbookRels.values()].find((rel) => isType(rel, SHARED_STRINGS))?.target;
    const parts = archive.read(sharedPath ? [sheet.target, sharedPath] : [sheet.target]);
    const sheetXml = parts[sheet.target];
    if (!sheetXml) throw QuickOrderCsvError.unsupportedFile();
    const shared = sharedPath && parts[sharedPath] ? sharedStrings(parts[sharedPath]) : [];
    // The strings are read: let their XML go before the sheet's rows pile up.
    if (sharedPath) delete parts[sharedPath];
    readSheet(sheetXml, shared, onRow);
  } catch (error) {
    if (error instanceof QuickOrderCsvError) throw error;
    // A damaged or unusual archive (UnreadableZipError), a part that is not XML (saxes).
    throw QuickOrderCsvError.unsupportedFile();
  }
}

/** The parts of the zip we ask for, unpacked against one budget for the whole workbook. */
class Archive {
  private readonly zip: ZipArchive;
  private unpacked = 0;

  constructor(
    bytes: Uint8Array,
    private readonly budget: number,
  ) {
    this.zip = new ZipArchive(bytes);
  }

  read(paths: readonly string[]): Record<string, Uint8Array> {
    const sizes = paths.map((path) => this.zip.sizeOf(path) ?? 0);
    this.unpacked += sizes.reduce((sum, size) => sum + size, 0);
    if (this.unpacked > this.budget)
      throw new QuickOrderCsvError(
        'file_too_large',
        `The workbook unpacks to more than ${Math.round(this.budget / 1024 / 1024)} MB; keep only the article number and quantity columns, or split it`,
      );
    const parts: Record<string, Uint8Array> = {};
    for (const path of paths) {
      const part = this.zip.read(path);
      if (part) parts[path] = part;
    }
    return parts;
  }
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/**
 * A relationship's target as a zip path: relative to the folder of its source part ('' for
 * the package itself), or absolute from the package root.
 */
function resolvePart(source: string, target: string): string {
  const segments = target.startsWith('/') || source === '' ? [] : source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

const isType = (rel: Relationship, type: string) =>
  rel.type === type || rel.type === type.replace(RELATIONSHIPS_NS, STRICT_RELATIONSHIPS);

/** The relationships of `part` ('' for the package itself) by id, with targets resolved. */
function relationships(archive: Archive, part: string): Map<string, Relationship> {
  const path = part === '' ? '_rels/.rels' : relsPathOf(part);
  const xml = archive.read([path])[path];
  const found = new Map<string, Relationship>();
  if (!xml) return found;
  const parser = new SaxesParser(PLAIN_XML);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (localName(tag.name) !== 'Relationship' || tag.attributes['TargetMode'] === 'External') return;
    const { Id: id, Type: type, Target: target } = tag.attributes;
    if (id && type && target) found.set(id, { type, target: resolvePart(part, target) });
  });
  feed(parser, xml);
  return found;
}

function relationshipOfType(archive: Archive, part: string, type: string): Relationship | undefined {
  return [...relationships(archive, part).values()].find((rel) => isType(rel, type));
}

/** The relationship id of the first sheet in tab order that is not hidden (else the first). */
function firstVisibleSheet(workbookXml: Uint8Array | undefined): string | undefined {
  if (!workbookXml) return undefined;
  const sheets: { id: string; hidden: boolean }[] = [];
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (tag.local !== 'sheet') return;
    const id = Object.values(tag.attributes).find(
      (attribute) =>
        attribute.local === 'id' && (attribute.uri === RELATIONSHIPS_NS || attribute.uri === STRICT_RELATIONSHIPS),
    )?.value;
    const state = tag.attributes['state']?.value;
    if (id) sheets.push({ id, hidden: state === 'hidden' || state === 'veryHidden' });
  });
  feed(parser, workbookXml);
  return (sheets.find((sheet) => !sheet.hidden) ?? sheets[0])?.id;
}

/** `<si>` items in order: the text of their `<t>` runs, phonetic guides (`<rPh>`) left out. */
function sharedStrings(xml: Uint8Array): string[] {
  const strings: string[] = [];
  let text = '';
  let inText = false;
  let inPhonetic = false;
  const parser = new SaxesParser(PLAIN_XML);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'si') text = '';
    else if (name === 'rPh') inPhonetic = true;
    else if (name === 't' && !inPhonetic) inText = true;
  });
  parser.on('text', (value) => {
    if (inText) text += value;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') inPhonetic = false;
    else if (name === 'si') strings.push(unescapeXstring(text));
  });
  feed(parser, xml);
  return strings;
}

/** "B12" → 1; anything else (no reference, or a malformed one) → null. */
function columnOf(reference: string | undefined): number | null {
  if (!reference) return null;
  let column = 0;
  let i = 0;
  for (; i < reference.length && i < 3; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return i === 0 ? null : column - 1;
}

function readSheet(xml: Uint8Array, shared: readonly string[], onRow: XlsxRowHandler): void {
  let rowNumber = 0;
  let cells: string[] = [];
  let column = -1;
  let type = 'n';
  let value = '';
  let inline = '';
  let capture: 'v' | 't' | null = null;
  let inPhonetic = false;
  const parser = new SaxesParser(PLAIN_XML);
  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case 'row': {
        const r = Number(tag.attributes['r']);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        cells = [];
        column = -1;
        break;
      }
      case 'c':
        column = columnOf(tag.attributes['r']) ?? column + 1;
        type = tag.attributes['t'] ?? 'n';
        value = '';
        inline = '';
        break;
      case 'v':
        capture = 'v';
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 't':
        if (!inPhonetic) capture = 't';
        break;
    }
  });
  parser.on('text', (text) => {
    if (capture === 'v') value += text;
    else if (capture === 't') inline += text;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    switch (localName(tag.name)) {
      case 'v':
      case 't':
        capture = null;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'c': {
        const text = cellText(type, value, inline, shared);
        if (text !== '') cells[column] = text;
        break;
      }
      case 'row':
        onRow(cells, rowNumber);
        break;
    }
  });
  feed(parser, xml);
}

function cellText(type: string, value: string, inline: string, shared: readonly string[]): string {
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return unescapeXstring(inline);
    case 'str':
      return unescapeXstring(value);
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    default:
      // n (numbers as Excel wrote them: "12", "1.5"), e (#N/A), d (ISO dates).
      return value;
  }
}

/**
 * Excel writes characters XML cannot carry as `_xHHHH_` (`_x0000_` for a NUL, which the row
 * check then refuses by line). A surrogate half stays escaped: alone it is malformed text.
 */
function unescapeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (escaped, hex: string) => {
    const code = parseInt(hex, 16);
    return code >= 0xd800 && code <= 0xdfff ? escaped : String.fromCharCode(code);
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Decodes the UTF-8 part piece by piece into the parser. */
function feed<O extends SaxesOptions>(parser: SaxesParser<O>, xml: Uint8Array): void {
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < xml.byteLength; at += CHUNK_BYTES)
    parser.write(decoder.decode(xml.subarray(at, at + CHUNK_BYTES), { stream: true }));
  parser.write(decoder.decode());
  parser.close();
}

/** The entries of a workbook's first sheet, read by the same rules as a CSV file's lines. */
export function readXlsxEntries(bytes: Uint8Array, limits: QuickOrderLimits = QUICK_ORDER_LIMITS): QuickOrderEntry[] {
  const rows = new QuickOrderRowCollector(limits);
  readXlsxRows(
    bytes,
    (cells, line) => {
      const failure = rows.take(cells, line);
      if (failure) throw failure;
    },
    limits,
  );
  return rows.result();
}
