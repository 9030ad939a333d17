import { creditNoteAmounts, shipmentInvoiceAmounts, type InvoicedSoFar, type InvoicedUnits } from './invoice-amounts';
import { lineTotal } from './money';
import { totalsWithVat, vatOf } from './vat';

const none: InvoicedSoFar = { count: 0, netOre: 0, vatOre: 0 };

/** Invoices one order shipment by shipment, as the fulfilment API does. */
function invoiceShipments(order: { shippingOre: number; bulkySurchargeOre: number }, shipments: InvoicedUnits[][]) {
  let previous = none;
  return shipments.map((lines) => {
    const amounts = shipmentInvoiceAmounts({ lines, order, previous });
    previous = {
      count: previous.count + 1,
      netOre: previous.netOre + amounts.netOre,
      vatOre: previous.vatOre + amounts.vatOre,
    };
    return amounts;
  });
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((acc, item) => acc + pick(item), 0);
}

/** A small deterministic PRNG, so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe('shipmentInvoiceAmounts', () => {
  const order = { shippingOre: 14_900, bulkySurchargeOre: 49_900 };

  it('charges the shipped goods, and shipping and the bulky surcharge on the first invoice only', () => {
    const [first, second] = invoiceShipments(order, [
      [{ unitPriceOre: 12_345, quantity: 2 }],
      [
        { unitPriceOre: 12_345, quantity: 1 },
        { unitPriceOre: 999, quantity: 7 },
      ],
    ]);
    expect(first).toMatchObject({
      lineTotalsOre: [24_690],
      goodsOre: 24_690,
      shippingOre: 14_900,
      bulkySurchargeOre: 49_900,
      netOre: 89_490,
    });
    expect(second).toMatchObject({
      lineTotalsOre: [12_345, 6_993],
      goodsOre: 19_338,
      shippingOre: 0,
      bulkySurchargeOre: 0,
      netOre: 19_338,
    });
    expect(first.grossOre).toBe(first.netOre + first.vatOre);
  });

  it('adds up to the order exactly where per-invoice rounding would not', () => {
    // Three shipments of 2 øre each: VAT ½ øre apiece rounds up to 1 øre each (3 øre), but the
    // order's VAT on 6 øre is 1½ → 2 øre. Cumulative VAT gives 1, 0, 1.
    const lines = [{ unitPriceOre: 2, quantity: 1 }];
    const invoices = invoiceShipments({ shippingOre: 0, bulkySurchargeOre: 0 }, [lines, lines, lines]);
    expect(invoices.map((i) => i.vatOre)).toEqual([1, 0, 1]);
    expect(sum(invoices, (i) => vatOf(i.netOre))).toBe(3);
    expect(totalsWithVat([6])).toEqual({ netOre: 6, vatOre: 2, grossOre: 8 });
    expect(sum(invoices, (i) => i.vatOre)).toBe(2);
  });

  it('splits any order over any shipments and still sums to the order, each invoice within 1 øre of its own 25 %', () => {
    const next = random(20_261_201);
    for (let run = 0; run < 300; run++) {
      const orderLines = Array.from({ length: 1 + Math.floor(next() * 12) }, () => ({
        unitPriceOre: 1 + Math.floor(next() * 500_000),
        quantity: 1 + Math.floor(next() * 30),
      }));
      const charges = { shippingOre: Math.floor(next() * 30_000), bulkySurchargeOre: next() < 0.5 ? 0 : 49_901 };
      // Ship each line in one to three parts across up to four shipments.
      const shipments: InvoicedUnits[][] = [[], [], [], []];
      for (const line of orderLines) {
        let left = line.quantity;
        while (left > 0) {
          const part = Math.min(left, 1 + Math.floor(next() * line.quantity));
          shipments[Math.floor(next() * shipments.length)].push({ unitPriceOre: line.unitPriceOre, quantity: part });
          left -= part;
        }
      }
      const invoices = invoiceShipments(
        charges,
        shipments.filter((lines) => lines.length > 0),
      );
      const orderTotals = totalsWithVat([
        ...orderLines.map((line) => lineTotal(line.unitPriceOre, line.quantity)),
        charges.shippingOre + charges.bulkySurchargeOre,
      ]);
      expect({
        netOre: sum(invoices, (i) => i.netOre),
        vatOre: sum(invoices, (i) => i.vatOre),
        grossOre: sum(invoices, (i) => i.grossOre),
      }).toEqual(orderTotals);
      for (const invoice of invoices) expect(Math.abs(invoice.vatOre * 4 - invoice.netOre)).toBeLessThanOrEqual(4);
    }
  });

  it('refuses what is not an amount, and previous invoices that do not add up', () => {
    expect(() => shipmentInvoiceAmounts({ lines: [{ unitPriceOre: -1, quantity: 1 }], order, previous: none })).toThrow(
      RangeError,
    );
    expect(() =>
      shipmentInvoiceAmounts({ lines: [{ unitPriceOre: 1, quantity: 0.5 }], order, previous: none }),
    ).toThrow(RangeError);
    expect(() =>
      shipmentInvoiceAmounts({
        lines: [{ unitPriceOre: 100, quantity: 1 }],
        order,
        previous: { count: 1, netOre: 100, vatOre: 500 },
      }),
    ).toThrow(/more VAT/);
  });
});

describe('creditNoteAmounts', () => {
  // An invoice whose VAT came out 1 øre over its own 25 % (2 500.5 → 2 501): the cumulative rule
  // across an order's invoices allows that.
  const invoice = { netOre: 10_002, vatOre: 2_502, grossOre: 12_504 };

  it('credits the units at the invoice prices with their VAT, half-up', () => {
    const credit = creditNoteAmounts({ invoice, previous: none, lines: [{ unitPriceOre: 1_667, quantity: 3 }] });
    expect(credit).toEqual({ lineTotalsOre: [5_001], netOre: 5_001, vatOre: 1_250, grossOre: 6_251 });
  });

  it('gives back exactly the VAT left when it credits what is left, so the invoice nets to zero', () => {
    const first = creditNoteAmounts({ invoice, previous: none, lines: [{ unitPriceOre: 1_667, quantity: 3 }] });
    const rest = creditNoteAmounts({
      invoice,
      previous: { count: 1, netOre: first.netOre, vatOre: first.vatOre },
      lines: [{ unitPriceOre: 1_667, quantity: 3 }],
    });
    // Cumulative VAT alone would give back 2 501 − 1 250 = 1 251 and leave 1 øre on the invoice.
    expect(rest.vatOre).toBe(1_252);
    expect(first.vatOre + rest.vatOre).toBe(invoice.vatOre);
    expect(first.grossOre + rest.grossOre).toBe(invoice.grossOre);
    const whole = creditNoteAmounts({ invoice, previous: none, lines: [{ unitPriceOre: 10_002, quantity: 1 }] });
    expect(whole).toEqual({ lineTotalsOre: [10_002], netOre: 10_002, vatOre: 2_502, grossOre: 12_504 });
  });

  it('never credits more than the invoice has left', () => {
    expect(() =>
      creditNoteAmounts({ invoice, previous: none, lines: [{ unitPriceOre: 10_003, quantity: 1 }] }),
    ).toThrow(/exceeds the 10002 øre/);
    expect(() =>
      creditNoteAmounts({
        invoice,
        previous: { count: 1, netOre: 10_000, vatOre: 2_500 },
        lines: [{ unitPriceOre: 3, quantity: 1 }],
      }),
    ).toThrow(/exceeds the 2 øre/);
  });
});
