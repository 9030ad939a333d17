import PDFDocument = require('pdfkit');
import type {
  DocumentCharge,
  DocumentLanguage,
  DocumentLine,
  DocumentParty,
  DocumentTotals,
  SellerDetails,
} from '../document-model';
import { chargeLabel, languageTag, textsFor, type DocumentTexts } from '../document-texts';
import { formatAmount } from '../money-format';

/** A4 in PostScript points, and the layout's fixed measures. */
const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The footer (seller's legal details, page number) sits below this line on every page. */
const FOOTER_TOP = PAGE.height - PAGE.margin - 34;
const ROW_HEIGHT = 15;
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;
const COLOUR = { text: '#1a1a1a', muted: '#5f6368', rule: '#c8ccd0', band: '#eef1f4' } as const;

/** "123 456 789": an organisation number as Brønnøysund writes it. */
function groupedOrganisationNumber(organisationNumber: string): string {
  return organisationNumber.replace(/(\d{3})(?=\d)/g, '$1 ');
}

/** "NO 123 456 789 MVA": how the Norwegian VAT register number is written on a sales document. */
function vatNumber(organisationNumber: string): string {
  return `NO ${groupedOrganisationNumber(organisationNumber)} MVA`;
}

/** "1234.56.78903": a Norwegian account number as people write it. */
function formatBban(bban: string): string {
  return `${bban.slice(0, 4)}.${bban.slice(4, 6)}.${bban.slice(6)}`;
}

export interface MetaRow {
  label: string;
  value: string;
}

interface Column {
  label: string;
  width: number;
  align: 'left' | 'right';
  cell: (line: DocumentLine) => string;
}

/**
 * The one layout every printable document of the shop shares: letterhead with the document's
 * title and key facts, the parties, a table of lines that breaks over pages (header repeated),
 * a totals block, and a footer with the seller's legal details and "page n of m" on every page.
 * The three renderers differ only in what they put in these slots.
 */
export class DocumentPdf {
  private readonly pdf: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private readonly texts: DocumentTexts;
  private y: number = PAGE.margin;

  constructor(
    readonly language: DocumentLanguage,
    private readonly seller: SellerDetails,
    title: string,
  ) {
    this.texts = textsFor(language);
    this.pdf = new PDFDocument({
      size: 'A4',
      margin: PAGE.margin,
      bufferPages: true,
      info: { Title: title, Author: seller.legalName, Producer: seller.name, Creator: seller.name },
      lang: languageTag(language),
    });
    this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
    this.pdf.fillColor(COLOUR.text);
  }

  private put(
    text: string,
    x: number,
    y: number,
    width: number,
    options: { bold?: boolean; size?: number; align?: 'left' | 'right'; colour?: string } = {},
  ): void {
    const size = options.size ?? 9;
    this.pdf
      .font(options.bold ? FONT.bold : FONT.regular)
      .fontSize(size)
      .fillColor(options.colour ?? COLOUR.text);
    const textWidth = this.pdf.widthOfString(text);
    if (textWidth <= width) {
      // Placed by hand: pdfkit's line wrapper (what `width` turns on) is most of a table's render time.
      this.pdf.text(text, options.align === 'right' ? x + width - textWidth : x, y, { lineBreak: false });
      return;
    }
    // Cells never wrap: a long product name is cut with an ellipsis rather than pushing the row.
    this.pdf.text(text, x, y, { width, height: size * 1.3, lineBreak: false, ellipsis: true });
  }

  /** 18 pt, or smaller for a title that would not fit (French "Confirmation de commande"): a title is never cut. */
  private titleSize(title: string, width: number): number {
    const size = 18;
    const textWidth = this.pdf.font(FONT.bold).fontSize(size).widthOfString(title);
    return textWidth <= width ? size : Math.floor((size * width * 10) / textWidth) / 10;
  }

  /** Seller's name top left, the title and its key facts top right. */
  header(title: string, meta: readonly MetaRow[]): void {
    const top = PAGE.margin;
    this.put(this.seller.name, PAGE.margin, top, 260, { bold: true, size: 18 });
    const sellerLines = [
      this.seller.address.line1,
      `${this.seller.address.postalCode} ${this.seller.address.city}`,
      `${this.texts.organisationNumber} ${vatNumber(this.seller.organisationNumber)} Foretaksregisteret`,
      this.seller.email,
    ];
    sellerLines.forEach((line, i) => this.put(line, PAGE.margin, top + 26 + i * 12, 260, { colour: COLOUR.muted }));
    const right = PAGE.margin + CONTENT_WIDTH;
    this.put(title, right - 220, top, 220, { bold: true, size: this.titleSize(title, 220), align: 'right' });
    meta.forEach((row, i) => {
      const rowY = top + 26 + i * 12;
      this.put(row.label, right - 220, rowY, 100, { colour: COLOUR.muted });
      this.put(row.value, right - 120, rowY, 120, { bold: true, align: 'right' });
    });
    this.y = top + 26 + Math.max(sellerLines.length, meta.length) * 12 + 18;
  }

  /** Side-by-side address blocks: the buyer, and where the goods go. */
  parties(blocks: readonly { title: string; lines: readonly string[] }[]): void {
    const width = CONTENT_WIDTH / blocks.length;
    let height = 0;
    blocks.forEach((block, i) => {
      const x = PAGE.margin + i * width;
      this.put(block.title, x, this.y, width - 12, { bold: true, colour: COLOUR.muted, size: 8 });
      block.lines.forEach((line, j) => this.put(line, x, this.y + 12 + j * 12, width - 12));
      height = Math.max(height, 12 + block.lines.length * 12);
    });
    this.y += height + 18;
  }

  /** A paragraph across the page (a quote's message, a credit note's reason). */
  paragraph(text: string): void {
    this.pdf.font(FONT.regular).fontSize(9).fillColor(COLOUR.text);
    const height = this.pdf.heightOfString(text, { width: CONTENT_WIDTH });
    this.ensureRoom(height + 8);
    this.pdf.text(text, PAGE.margin, this.y, { width: CONTENT_WIDTH });
    this.y += height + 12;
  }

  private columns(): Column[] {
    const t = this.texts;
    const lang = this.language;
    return [
      { label: t.position, width: 28, align: 'left', cell: (l) => (l.position > 0 ? String(l.position) : '') },
      { label: t.sku, width: 82, align: 'left', cell: (l) => l.sku ?? '' },
      { label: t.description, width: 185, align: 'left', cell: (l) => l.description },
      { label: t.quantity, width: 50, align: 'right', cell: (l) => String(l.quantity) },
      { label: t.unitPrice, width: 76, align: 'right', cell: (l) => formatAmount(l.unitPriceOre, lang) },
      {
        label: t.lineTotal,
        width: CONTENT_WIDTH - 421,
        align: 'right',
        cell: (l) => formatAmount(l.lineTotalOre, lang),
      },
    ];
  }

  private tableHeader(columns: readonly Column[]): void {
    this.pdf.rect(PAGE.margin, this.y - 3, CONTENT_WIDTH, ROW_HEIGHT + 2).fill(COLOUR.band);
    let x = PAGE.margin;
    for (const column of columns) {
      this.put(column.label, x + 2, this.y, column.width - 4, { bold: true, align: column.align });
      x += column.width;
    }
    this.y += ROW_HEIGHT + 2;
  }

  /** Starts a new page when `height` does not fit above the footer; answers whether it did. */
  private ensureRoom(height: number): boolean {
    if (this.y + height <= FOOTER_TOP - 6) return false;
    this.pdf.addPage();
    this.y = PAGE.margin;
    return true;
  }

  /** The lines; the column header is repeated on every page the table reaches. */
  lines(lines: readonly DocumentLine[], charges: readonly DocumentCharge[]): void {
    const columns = this.columns();
    this.ensureRoom(ROW_HEIGHT * 3);
    this.tableHeader(columns);
    const rows: DocumentLine[] = [
      ...lines,
      // Charges read as lines of their own after the goods, without a position (0) or SKU.
      ...charges.map((charge) => ({
        position: 0,
        sku: null,
        description: chargeLabel(charge.kind, this.language),
        quantity: 1,
        unitPriceOre: charge.amountOre,
        lineTotalOre: charge.amountOre,
      })),
    ];
    for (const row of rows) {
      if (this.ensureRoom(ROW_HEIGHT)) this.tableHeader(columns);
      let x = PAGE.margin;
      for (const column of columns) {
        this.put(column.cell(row), x + 2, this.y, column.width - 4, { align: column.align });
        x += column.width;
      }
      this.y += ROW_HEIGHT;
    }
    this.pdf
      .moveTo(PAGE.margin, this.y)
      .lineTo(PAGE.margin + CONTENT_WIDTH, this.y)
      .lineWidth(0.5)
      .stroke(COLOUR.rule);
    this.y += 8;
  }

  /**
   * Net, VAT per rate and the total, right-aligned under the table, the last row in bold; then
   * an invoice's payment box. Both go on one page, so the amount due and the KID are read together.
   */
  totals(totals: DocumentTotals, totalLabel: string, payment: readonly MetaRow[] = []): void {
    const rows: MetaRow[] = [
      { label: this.texts.net, value: formatAmount(totals.netOre, this.language) },
      ...totals.vatBreakdown.map((vat) => ({
        label: `${this.texts.vat(vat.ratePercent)} (${this.texts.vatBasis} ${formatAmount(vat.taxableOre, this.language)})`,
        value: formatAmount(vat.vatOre, this.language),
      })),
      { label: `${totalLabel} ${this.texts.currency}`, value: formatAmount(totals.grossOre, this.language) },
    ];
    const paymentHeight = payment.length > 0 ? 14 + payment.length * 13 : 0;
    this.ensureRoom(rows.length * 14 + 10 + (paymentHeight > 0 ? paymentHeight + 12 : 0));
    const right = PAGE.margin + CONTENT_WIDTH;
    rows.forEach((row, i) => {
      const last = i === rows.length - 1;
      this.put(row.label, right - 330, this.y, 230, { align: 'right', bold: last, size: last ? 11 : 9 });
      this.put(row.value, right - 100, this.y, 100, { align: 'right', bold: last, size: last ? 11 : 9 });
      this.y += last ? 18 : 14;
    });
    this.y += 6;
    if (paymentHeight === 0) return;
    this.pdf.rect(PAGE.margin, this.y, CONTENT_WIDTH, paymentHeight).lineWidth(0.8).stroke(COLOUR.rule);
    payment.forEach((row, i) => {
      const rowY = this.y + 8 + i * 13;
      this.put(row.label, PAGE.margin + 10, rowY, 150, { colour: COLOUR.muted });
      this.put(row.value, PAGE.margin + 160, rowY, CONTENT_WIDTH - 170, { bold: true });
    });
    this.y += paymentHeight + 12;
  }

  /** The seller's account as an invoice's payment box shows it. */
  accountRows(): MetaRow[] {
    const account = this.seller.bankAccount;
    return [
      { label: this.texts.payTo, value: `${formatBban(account.bban)}  (IBAN ${account.iban}, BIC ${account.bic})` },
    ];
  }

  /** Draws every page's footer (now that the page count is known) and answers the PDF's bytes. */
  finish(): Promise<Buffer> {
    const range = this.pdf.bufferedPageRange();
    const legal = `${this.seller.legalName} · ${this.seller.address.line1}, ${this.seller.address.postalCode} ${this.seller.address.city} · ${vatNumber(this.seller.organisationNumber)} · Foretaksregisteret`;
    const contact = `${this.seller.email} · ${this.seller.phone} · ${this.seller.website}`;
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      // Writing below the bottom margin would make pdfkit add a page; the footer lives there.
      Object.assign(this.pdf.page.margins, { bottom: 0 });
      this.pdf
        .moveTo(PAGE.margin, FOOTER_TOP)
        .lineTo(PAGE.margin + CONTENT_WIDTH, FOOTER_TOP)
        .lineWidth(0.5)
        .stroke(COLOUR.rule);
      this.put(legal, PAGE.margin, FOOTER_TOP + 6, CONTENT_WIDTH - 80, { size: 7.5, colour: COLOUR.muted });
      this.put(contact, PAGE.margin, FOOTER_TOP + 17, CONTENT_WIDTH - 80, { size: 7.5, colour: COLOUR.muted });
      this.put(
        this.texts.page(i - range.start + 1, range.count),
        PAGE.margin + CONTENT_WIDTH - 80,
        FOOTER_TOP + 6,
        80,
        {
          size: 7.5,
          align: 'right',
          colour: COLOUR.muted,
        },
      );
    }
    this.pdf.end();
    return this.done;
  }
}

/** The buyer's address block. */
export function partyLines(party: DocumentParty, texts: DocumentTexts): string[] {
  return [
    party.name,
    party.address.line1,
    ...(party.address.line2 ? [party.address.line2] : []),
    `${party.address.postalCode} ${party.address.city}`,
    `${texts.organisationNumber} ${groupedOrganisationNumber(party.organisationNumber)}`,
  ];
}
