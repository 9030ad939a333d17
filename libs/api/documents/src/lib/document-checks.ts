import type { DocumentCharge, DocumentLine, DocumentTotals } from './document-model';

/** A document model whose amounts disagree: a bug in the caller, never the customer's input. */
export class DocumentModelError extends Error {}

/**
 * Renderers print the stored amounts; they never recompute them. This checks that the stored
 * amounts agree with each other (lines, charges, VAT breakdown, totals), so a PDF and its EHF
 * can never show two different invoices, and an EHF never fails BR-CO-10/13/15 or BR-S-08.
 */
export function assertConsistentAmounts(
  lines: readonly DocumentLine[],
  charges: readonly DocumentCharge[],
  totals: DocumentTotals,
): void {
  if (lines.length === 0) throw new DocumentModelError('a document has at least one line');
  let net = 0;
  for (const line of lines) {
    if (line.unitPriceOre * line.quantity !== line.lineTotalOre)
      throw new DocumentModelError(
        `line ${line.position}: ${line.quantity} × ${line.unitPriceOre} øre is not ${line.lineTotalOre} øre`,
      );
    net += line.lineTotalOre;
  }
  for (const charge of charges) net += charge.amountOre;
  if (net !== totals.netOre)
    throw new DocumentModelError(`lines and charges add up to ${net} øre, the total says ${totals.netOre}`);
  if (totals.vatBreakdown.length !== 1)
    throw new DocumentModelError('every line is goods at the standard VAT rate: one VAT breakdown');
  const [vat] = totals.vatBreakdown;
  if (vat.taxableOre !== totals.netOre || vat.vatOre !== totals.vatOre)
    throw new DocumentModelError('the VAT breakdown does not match the totals');
  if (totals.netOre + totals.vatOre !== totals.grossOre)
    throw new DocumentModelError(`net ${totals.netOre} + VAT ${totals.vatOre} is not gross ${totals.grossOre}`);
}
