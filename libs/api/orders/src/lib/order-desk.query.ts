import { Injectable } from '@nestjs/common';
import { type Scope, scopeSql } from '@lumen/api/core';
import type { OrderDeskPage, OrderDeskRow, OrderDeskSort, OrderStatus } from '@lumen/shared/contracts';
import type { EntityManager } from 'typeorm';
import { countedOrders, type Statement } from './order-read.query';
import { OPEN_ORDER_STATUSES, type OrderFilter, orderFilterSql } from './order-search';

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
  /** Orders per open status over the whole desk (the tabs of the work queue). */
  openCounts: Statement;
  /** How many orders the list finds: with a search, counted; without, from the per-company counters. */
  total: Statement;
}

/**
 * The order desk's list as SQL, exported for the benchmark, which times and explains exactly
 * these. The page is chosen from `orders` alone along an index in the sort's direction, and
 * only its rows are joined to their company and counted lines.
 */
export function orderDeskStatements(
  scope: Scope,
  deskFilter: OrderFilter,
  sort: OrderDeskSort,
  page: number,
  pageSize: number,
): DeskStatements {
  // An order awaiting its purchasing approval is not the shop's yet (PRODUCT.md §17).
  const filter: OrderFilter = { ...deskFilter, hideAwaitingApproval: true };
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
    openCounts: openCountsStatement(scope),
    total:
      filter.q === null
        ? countedOrders(scope, filter)
        : { sql: `SELECT count(*)::int AS count FROM orders o WHERE ${searchWhere}`, params: searchParams },
  };
}

/**
 * Orders per open status, counted along the partial index `orders_open_status` (migration
 * OpenOrderCounts): the work queue is a small set however many orders the shop has shipped.
 * The closed statuses (the archive) are not counted: that would visit every order, and a
 * shop-wide counter row would serialise every checkout. The statuses are constants, written
 * into the SQL so that the planner can prove the index's predicate.
 */
function openCountsStatement(scope: Scope): Statement {
  const params: unknown[] = [];
  const open = OPEN_ORDER_STATUSES.map((status) => `'${status}'`).join(', ');
  return {
    sql: `SELECT o.status, count(*)::int AS count FROM orders o
          WHERE ${scopeSql(scope, 'o.company_id', params)} AND o.status IN (${open})
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
    const [rows, openCounts, total] = await Promise.all([
      run<DeskRow>(statements.page),
      run<{ status: OrderStatus; count: number }>(statements.openCounts),
      run<{ count: number }>(statements.total),
    ]);
    const counts: OrderDeskPage['counts'] = {};
    for (const status of OPEN_ORDER_STATUSES) counts[status] = 0;
    for (const { status, count } of openCounts) counts[status] = count;
    return { items: rows.map(toDeskRow), total: total[0].count, page, pageSize, counts };
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
