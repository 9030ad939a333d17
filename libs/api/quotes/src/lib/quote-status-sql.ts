import { QUOTE_STATUSES, type QuoteStatus } from '@lumen/shared/domain';

/**
 * `column IN ('requested', 'in_progress')` for statuses taken from the domain's lists
 * (`AWAITING_CONSULTANT_STATUSES`, `quoteStatusesAllowing(event)`), so no status list is
 * written out in SQL by hand. The values are inlined rather than bound: the partial indexes
 * (`quotes_open_by_due_idx`, `quotes_answered_validity_idx`) match a bound `= ANY($n)` only in a
 * plan made for that value, and a generic plan (a named prepared statement after five runs)
 * falls back to a sequential scan; constants in the text keep the index in every plan. Only
 * members of QUOTE_STATUSES get into the text.
 */
export function quoteStatusInSql(column: string, statuses: readonly QuoteStatus[]): string {
  if (statuses.length === 0) throw new RangeError('a status condition needs at least one status');
  for (const status of statuses)
    if (!(QUOTE_STATUSES as readonly string[]).includes(status))
      throw new RangeError(`not a quote status: ${JSON.stringify(status)}`);
  return `${column} IN (${statuses.map((status) => `'${status}'`).join(', ')})`;
}
