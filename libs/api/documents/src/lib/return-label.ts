import PDFDocument = require('pdfkit');
import { formatDate } from './document-dates';
import type { DocumentLanguage, PostalAddress, SellerDetails } from './document-model';
import { languageTag } from './document-texts';

/** A return's label (PRODUCT.md §14): fixed to the parcel, it makes the return free. */
export interface ReturnLabelDocument {
  language: DocumentLanguage;
  /** The shop: the parcel goes back to it. */
  seller: SellerDetails;
  /** The customer sending it: the company and the address the goods were delivered to. */
  sender: { name: string; address: PostalAddress };
  rmaNumber: string;
  orderNumber: number;
  /** `YYYY-MM-DD`. */
  createdOn: string;
  lines: readonly { sku: string; name: string; quantity: number }[];
}

const TEXTS = {
  nb: {
    title: 'Returetikett',
    to: 'Til',
    from: 'Fra',
    order: 'Ordre',
    date: 'Dato',
    cut: 'Klipp langs linjen og fest etiketten godt på pakken',
    packing: 'Pakkliste (legg denne delen i pakken)',
    sku: 'Varenr.',
    name: 'Beskrivelse',
    quantity: 'Antall',
    note: 'Returen er gratis når denne etiketten brukes. Sender du med egen transportør, dekkes ikke frakten.',
  },
  en: {
    title: 'Return label',
    to: 'To',
    from: 'From',
    order: 'Order',
    date: 'Date',
    cut: 'Cut along the line and fix the label firmly to the parcel',
    packing: 'Packing list (put this part in the parcel)',
    sku: 'Item no.',
    name: 'Description',
    quantity: 'Qty',
    note: 'The return is free when this label is used. Sent with a carrier of your own, the freight is not refunded.',
  },
  fr: {
    title: 'Étiquette de retour',
    to: 'Destinataire',
    from: 'Expéditeur',
    order: 'Commande',
    date: 'Date',
    cut: "Découpez le long de la ligne et fixez solidement l'étiquette sur le colis",
    packing: 'Liste de colisage (placez cette partie dans le colis)',
    sku: 'Référence',
    name: 'Désignation',
    quantity: 'Qté',
    note: "Le retour est gratuit avec cette étiquette. Si vous l'expédiez avec votre propre transporteur, les frais de port ne sont pas remboursés.",
  },
} as const;

const MARGIN = 48;
const WIDTH = 595.28 - 2 * MARGIN;

const addressLines = (name: string, address: PostalAddress) => [
  name,
  address.line1,
  ...(address.line2 ? [address.line2] : []),
  `${address.postalCode} ${address.city}`,
  address.country,
];

/**
 * An A4 page: the label on top — the shop's address as the recipient, the sender, and the RMA
 * number large enough to read across a warehouse floor — and below a cut line the packing list of
 * what goes back, for the parcel itself.
 */
export function renderReturnLabelPdf(doc: ReturnLabelDocument): Promise<Buffer> {
  const t = TEXTS[doc.language];
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${t.title} ${doc.rmaNumber}`, Author: doc.seller.legalName, Producer: doc.seller.name },
    lang: languageTag(doc.language),
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.rect(MARGIN, MARGIN, WIDTH, 330).lineWidth(1.5).stroke('#1a1a1a');
  pdf
    .font('Helvetica-Bold')
    .fontSize(11)
    .fillColor('#5f6368')
    .text(t.title.toUpperCase(), MARGIN + 16, MARGIN + 14);
  pdf
    .font('Helvetica')
    .fontSize(9)
    .text(t.from, MARGIN + 16, MARGIN + 40);
  pdf
    .fillColor('#1a1a1a')
    .fontSize(10)
    .text(addressLines(doc.sender.name, doc.sender.address).join('\n'), MARGIN + 16, MARGIN + 54);
  pdf
    .fillColor('#5f6368')
    .fontSize(9)
    .text(t.to, MARGIN + 16, MARGIN + 140);
  pdf
    .fillColor('#1a1a1a')
    .font('Helvetica-Bold')
    .fontSize(16)
    .text(addressLines(doc.seller.legalName, doc.seller.address).join('\n'), MARGIN + 16, MARGIN + 156);
  pdf
    .font('Helvetica-Bold')
    .fontSize(34)
    .text(doc.rmaNumber, MARGIN + 16, MARGIN + 268, { width: WIDTH - 32, align: 'right' });
  pdf
    .font('Helvetica')
    .fontSize(9)
    .fillColor('#5f6368')
    .text(
      `${t.order} ${doc.orderNumber} · ${t.date} ${formatDate(doc.createdOn, doc.language)}`,
      MARGIN + 16,
      MARGIN + 250,
      {
        width: WIDTH - 32,
        align: 'right',
      },
    );

  const cutY = MARGIN + 360;
  pdf
    .moveTo(MARGIN, cutY)
    .lineTo(MARGIN + WIDTH, cutY)
    .dash(4, { space: 4 })
    .lineWidth(0.8)
    .stroke('#5f6368')
    .undash();
  pdf.fontSize(8).text(t.cut, MARGIN, cutY + 4, { width: WIDTH, align: 'center' });

  let y = cutY + 32;
  pdf.font('Helvetica-Bold').fontSize(11).fillColor('#1a1a1a').text(`${t.packing} — ${doc.rmaNumber}`, MARGIN, y);
  y += 22;
  const header = (top: number) => {
    pdf.font('Helvetica-Bold').fontSize(9);
    pdf.text(t.sku, MARGIN, top, { lineBreak: false });
    pdf.text(t.name, MARGIN + 100, top, { lineBreak: false });
    pdf.text(t.quantity, MARGIN + WIDTH - 60, top, { width: 60, align: 'right', lineBreak: false });
    pdf.font('Helvetica');
  };
  header(y);
  y += 16;
  for (const line of doc.lines) {
    if (y > 841.89 - MARGIN - 40) {
      pdf.addPage();
      y = MARGIN;
      header(y);
      y += 16;
    }
    pdf.text(line.sku, MARGIN, y, { width: 96, lineBreak: false, ellipsis: true });
    pdf.text(line.name, MARGIN + 100, y, { width: WIDTH - 170, height: 12, lineBreak: false, ellipsis: true });
    pdf.text(String(line.quantity), MARGIN + WIDTH - 60, y, { width: 60, align: 'right', lineBreak: false });
    y += 14;
  }
  pdf
    .fontSize(8)
    .fillColor('#5f6368')
    .text(t.note, MARGIN, y + 12, { width: WIDTH });
  pdf.end();
  return done;
}
