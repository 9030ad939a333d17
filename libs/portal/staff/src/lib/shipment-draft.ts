import type { Carrier, CreateShipmentRequest, FulfilmentLine } from '@lumen/shared/contracts';

/** The lines a new shipment may still take: anything with an open quantity. */
export function shippableLines(lines: readonly FulfilmentLine[]): FulfilmentLine[] {
  return lines.filter((line) => line.openQuantity > 0);
}

/**
 * The request for the quantities typed per shippable line (0 leaves a line out), and how the
 * API's field paths (`lines.<n>` counts only the lines sent) map back to the form's rows, so a
 * refusal lands on the row it names.
 */
export function shipmentRequest(
  carrier: Carrier,
  trackingNumber: string,
  lines: readonly FulfilmentLine[],
  quantities: readonly number[],
): { request: CreateShipmentRequest; fieldMap: Record<string, string> } {
  const request: CreateShipmentRequest = { carrier, trackingNumber: trackingNumber.trim(), lines: [] };
  // `lines` itself (an order that ships complete) names no row: left off the form, so the alert
  // says why in the code's words instead of "check the fields".
  const fieldMap: Record<string, string> = { lines: 'order' };
  lines.forEach((line, row) => {
    const quantity = quantities[row] ?? 0;
    if (!(quantity > 0)) return;
    const sent = request.lines.length;
    request.lines.push({ orderLineId: line.orderLineId, quantity });
    for (const field of [`lines.${sent}`, `lines.${sent}.quantity`, `lines.${sent}.orderLineId`])
      fieldMap[field] = `lines.${row}`;
  });
  return { request, fieldMap };
}
