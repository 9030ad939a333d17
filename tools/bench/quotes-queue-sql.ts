// Prints the consultant queue's SQL exactly as the API builds it (`queueSql` of @lumen/api/quotes),
// so `tools/bench/quotes.mjs` times and explains the real query, not a copy that could drift.
import { OPEN_STATUSES, queueParameters, queueSql } from '../../libs/api/quotes/src/lib/quote-read.query';

const now = new Date();
const variants = {
  'open quotes by due time (default desk view)': { statuses: OPEN_STATUSES, overdue: null, limit: 200 },
  'overdue only': { statuses: OPEN_STATUSES, overdue: true, limit: 200 },
};
process.stdout.write(
  JSON.stringify(
    Object.entries(variants).map(([title, filter]) => ({
      title,
      sql: queueSql(filter),
      params: queueParameters(filter, now),
    })),
  ),
);
