// Prints the staff queue's statements exactly as the API sends them (`CaseReadQuery.staffPage` of
// @lumen/api/service-desk, run against a manager that records instead of querying), so
// `tools/bench/cases.mjs` times and explains the real SQL, not a copy that could drift.
import type { EntityManager } from 'typeorm';
import { CaseReadQuery, type StaffCaseFilter } from '../../libs/api/service-desk/src/lib/case-read.query';

const [consultantId] = process.argv.slice(2);
const variants: Record<string, Omit<StaffCaseFilter, 'page' | 'pageSize'>> = {
  'queue: active by due time (default view)': {},
  'queue: overdue only': { overdue: true },
  'queue: assigned to me': { assignee: 'me' },
  'queue: technical support': { category: 'technical_support' },
};

async function statementsOf(filter: StaffCaseFilter) {
  const statements: { sql: string; params: unknown[] }[] = [];
  const recorder = {
    // The counts first (with a total, so the page is read too), then the page (no rows): the
    // shapes staffPage reads back.
    query: async (sql: string, params: unknown[] = []) => {
      statements.push({ sql, params });
      return statements.length === 1 ? [{ open: 1, waiting: 0, overdue: 0, unassigned: 0, total: 1 }] : [];
    },
  } as unknown as EntityManager;
  await new CaseReadQuery().staffPage(recorder, consultantId, filter);
  return statements;
}

async function main() {
  const out = [];
  for (const [title, filter] of Object.entries(variants))
    out.push({ title, filter, statements: await statementsOf({ ...filter, page: 1, pageSize: 25 }) });
  process.stdout.write(JSON.stringify(out));
}

void main();
