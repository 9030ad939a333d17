import { Injectable } from '@nestjs/common';
import { type Scope, scopeSql } from '@lumen/api/core';
import type { OrderDeskPage, OrderDeskRow, OrderDeskSort, OrderStatus } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import type { Statement } from './order-reader';
import { type OrderFilter, orderFilterSql } from './order-search';

interface DeskRow {
  id: string;
  number: number;
  status: OrderStatus;
  company_id: string;
  company_name: string;
  placed_at: Date;
  age_hours: number;
  purchase_order_reference: string | null;
  line_count: number;
  gross_ore: number;
  partial_delivery: boolean;
  desired_delivery_date: string | null;
  bulky: boolean;
}

interface DeskStatements {
  page: Statement;
  /** Orders per status over the whole desk, which is also the total when nothing is searched. */
  statusCounts: Statement;
  /** Only for a search: the status counts cannot say how many orders it finds. */
  searchCount: Statement | null;
}

/**
 * The order desk's list as SQL, exported for the benchmark, which times and explains exactly
 * these. The page is chosen from `orders` alone along an index in the sort's direction, and
 * only its rows are joined to their company and counted lines.
 */
export function orderDeskStatements(
  scope: Scope,
  filter: OrderFilter,
  sort: OrderDeskSort,
  page: number,
  pageSize: number,
): DeskStatements {
  const direction = sort === 'oldest' ? 'ASC' : 'DESC';
  const params: unknown[] = [pageSize, (page - 1) * pageSize];
  const where = `${scopeSql(scope, 'o.company_id', params)}${orderFilterSql(filter, params)}`;
  const searchParams: unknown[] = [];
  const searchWhere = `${scopeSql(scope, 'o.company_id', searchParams)}${orderFilterSql(filter, searchParams)}`;
  return {
    page: {
      sql: `SELECT o.id, o.number, o.status, o.company_id, c.name AS company_name, o.placed_at,
                   floor(extract(epoch FROM now() - o.placed_at) / 3600)::int AS age_hours,
                   o.purchase_order_reference, lines.line_count, lines.bulky, o.gross_ore,
                   o.partial_delivery, to_char(o.desired_delivery_date, 'YYYY-MM-DD') AS desired_delivery_date
            FROM (SELECT o.id, o.number, o.status, o.company_id, o.placed_at, o.purchase_order_reference,
                         o.gross_ore, o.partial_delivery, o.desired_delivery_date
                  FROM orders o WHERE ${where}
                  ORDER BY o.placed_at ${direction}, o.number ${direction} LIMIT $1 OFFSET $2) o
            JOIN companies c ON c.id = o.company_id
            CROSS JOIN LATERAL (SELECT count(*)::int AS line_count, coalesce(bool_or(l.bulky), false) AS bulky
                                FROM order_lines l WHERE l.order_id = o.id) lines
            ORDER BY o.placed_at ${direction}, o.number ${direction}`,
      params,
    },
    statusCounts: statusCountsStatement(scope),
    searchCount:
      filter.q === null
        ? null
        : { sql: `SELECT count(*)::int AS count FROM orders o WHERE ${searchWhere}`, params: searchParams },
  };
}

/**
 * Orders per status: for the shop, the counters the triggers keep (migration OrderStatusCounts),
 * since counting 100,000 orders would take a desk page's whole time; within one company (the
 * desk is staff-only by policy, but the query keeps to the scope it is given), counted.
 */
function statusCountsStatement(scope: Scope): Statement {
  if (scope.kind === 'shop')
    return { sql: `SELECT status, count::int AS count FROM order_status_counts WHERE count > 0`, params: [] };
  const params: unknown[] = [];
  return {
    sql: `SELECT o.status, count(*)::int AS count FROM orders o WHERE ${scopeSql(scope, 'o.company_id', params)}
          GROUP BY o.status`,
    params,
  };
}

/** The staff order desk's list: every company's orders by status and age, searchable. */
@Injectable()
export class OrderDeskQuery {
  async page(
    manager: EntityManager,
    scope: Scope,
    filter: OrderFilter,
    sort: OrderDeskSort,
    page: number,
    pageSize: number,
  ): Promise<OrderDeskPage> {
    const statements = orderDeskStatements(scope, filter, sort, page, pageSize);
    const run = <T>(statement: Statement): Promise<T[]> => manager.query(statement.sql, statement.params);
    const [rows, statusCounts, searchCount] = await Promise.all([
      run<DeskRow>(statements.page),
      run<{ status: OrderStatus; count: number }>(statements.statusCounts),
      statements.searchCount ? run<{ count: number }>(statements.searchCount) : Promise.resolve(null),
    ]);
    const counts: OrderDeskPage['counts'] = {};
    for (const { status, count } of statusCounts) counts[status] = count;
    const total = searchCount
      ? searchCount[0].count
      : filter.status === null
        ? statusCounts.reduce((sum, { count }) => sum + count, 0)
        : (counts[filter.status] ?? 0);
    return { items: rows.map(toDeskRow), total, page, pageSize, counts };
  }
}

function toDeskRow(row: DeskRow): OrderDeskRow {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    company: { id: row.company_id, name: row.company_name },
    placedAt: new Date(row.placed_at).toISOString(),
    ageHours: row.age_hours,
    purchaseOrderReference: row.purchase_order_reference,
    lineCount: row.line_count,
    grossOre: row.gross_ore,
    partialDelivery: row.partial_delivery,
    desiredDeliveryDate: row.desired_delivery_date,
    bulky: row.bulky,
  };
}
