import type { FulfilmentLine } from '@lumen/shared/contracts';
import { shipmentRequest, shippableLines } from './shipment-draft';

const line = (position: number, openQuantity: number): FulfilmentLine => ({
  orderLineId: `line-${position}`,
  position,
  sku: `SKU-${position}`,
  name: `Product ${position}`,
  quantity: 10,
  cancelledQuantity: 0,
  shippedQuantity: 10 - openQuantity,
  openQuantity,
  bulky: false,
  stockStatus: 'in_stock',
});

describe('shipment draft', () => {
  it('offers only the lines with something left to ship', () => {
    expect(shippableLines([line(1, 0), line(2, 4), line(3, 10)]).map((l) => l.position)).toEqual([2, 3]);
  });

  it('sends the lines with a quantity, trims the tracking number, and maps the API’s line indexes back to the rows', () => {
    const lines = [line(1, 4), line(2, 3), line(3, 5)];
    const { request, fieldMap } = shipmentRequest('bring', '  CV123NO ', lines, [0, 2, 5]);
    expect(request).toEqual({
      carrier: 'bring',
      trackingNumber: 'CV123NO',
      lines: [
        { orderLineId: 'line-2', quantity: 2 },
        { orderLineId: 'line-3', quantity: 5 },
      ],
    });
    // The first line sent is the form's second row.
    expect(fieldMap['lines.0.quantity']).toBe('lines.1');
    expect(fieldMap['lines.1']).toBe('lines.2');
    expect(fieldMap['lines.2.quantity']).toBeUndefined();
    // "Ships complete" names the whole shipment, not a row.
    expect(fieldMap['lines']).toBe('order');
  });

  it('leaves out a row left empty or negative', () => {
    const { request } = shipmentRequest('dhl', 'X1', [line(1, 4), line(2, 4)], [Number.NaN, -1]);
    expect(request.lines).toEqual([]);
  });
});
