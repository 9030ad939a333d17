import type { EntityManager } from 'typeorm';

/** The after-sales number series: RMA for returns, W for warranty claims, D for damage reports. */
export type AfterSalesSeries = 'rma' | 'warranty' | 'damage';

const PREFIX: Record<AfterSalesSeries, string> = { rma: 'RMA', warranty: 'W', damage: 'D' };

/** `RMA-000123`, `W-000042`, `D-000007`: the number as the customer reads and quotes it. */
export function formatAfterSalesNumber(series: AfterSalesSeries, number: number | string): string {
  return `${PREFIX[series]}-${String(number).padStart(6, '0')}`;
}

/**
 * The next number of a series, from its counter row in the caller's transaction: the row stays
 * locked until the transaction ends, so numbers follow commit order and a rollback gives its
 * number back — no gaps, no doubles. Take it as late in the transaction as the work allows.
 */
export async function takeAfterSalesNumber(manager: EntityManager, series: AfterSalesSeries): Promise<number> {
  const [[{ number }]]: [{ number: string }[], number] = await manager.query(
    `UPDATE after_sales_number_series SET next_number = next_number + 1 WHERE series = $1
     RETURNING next_number - 1 AS number`,
    [series],
  );
  return Number(number);
}
