// Prints the order history's and the order desk's SQL exactly as the API builds it
// (`orderPageStatements`, `orderDeskStatements` of @lumen/api/orders), so that
// tools/bench/orders.mjs explains the real statements, not copies that could drift.
// Reads the benchmark's cases as JSON on argv[2]: [{ title, list: 'history'|'desk', companyId?, status?, q?, sort? }].
import type { Scope } from '../../libs/api/core/src/lib/scope/scope';
import type { OrderDeskSort } from '../../libs/shared/contracts/src/lib/fulfilment';
import type { OrderStatus } from '../../libs/shared/contracts/src/lib/orders';
import { orderDeskStatements } from '../../libs/api/orders/src/lib/order-desk.query';
import { orderPageStatements, type Statement } from '../../libs/api/orders/src/lib/order-read.query';
import { defaultDeskSort, filterOf } from '../../libs/api/orders/src/lib/order-search';

interface BenchCase {
  title: string;
  list: 'history' | 'desk';
  companyId?: string;
  status?: OrderStatus;
  q?: string;
  sort?: OrderDeskSort;
}

const PAGE_SIZE = 20;
const cases: BenchCase[] = JSON.parse(process.argv[2] ?? '[]');
const output = cases.map((c): { title: string; statements: (Statement & { name: string })[] } => {
  if (c.list === 'history') {
    if (!c.companyId) throw new Error(`${c.title}: the history is read for a company`);
    const scope: Scope = { kind: 'company', companyId: c.companyId, userId: 'bench' };
    const s = orderPageStatements(scope, filterOf(c, { matchCompanyName: false }), 1, PAGE_SIZE);
    return {
      title: c.title,
      statements: [
        { name: 'page', ...s.page },
        { name: 'count', ...s.count },
      ],
    };
  }
  const filter = filterOf(c, { matchCompanyName: true });
  const s = orderDeskStatements(
    { kind: 'shop', userId: 'bench' },
    filter,
    c.sort ?? defaultDeskSort(filter.status),
    1,
    PAGE_SIZE,
  );
  return {
    title: c.title,
    statements: [
      { name: 'page', ...s.page },
      { name: 'open counts', ...s.openCounts },
      { name: 'total', ...s.total },
    ],
  };
});
process.stdout.write(JSON.stringify(output));
