export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface LedgerFigures {
  /** Keys whose checkout was answered 201. */
  answered: number;
  /** Orders the shoppers have in the database. */
  inDatabase: number;
  /** Answered orders that are not in the database, or keys whose record points elsewhere. */
  lost: number;
  /** Orders in the database that no answered key points to: a retry placed a second one. */
  duplicated: number;
  /**
   * Orders without lines, whose figures do not add up, or without their confirmation e-mail (an
   * order awaiting approval: without its approval, or with a confirmation sent too soon).
   */
  halfWritten: number;
}

/**
 * Compares what the clients were told with what the database holds: every answered order is
 * there exactly once, whole — lines, figures that add up and its confirmation e-mail (or, held by
 * the purchasing rules, its approval), all written in the one checkout transaction.
 */
export async function auditOrders(sql: Sql, userIds: string[], answered: Map<string, string>): Promise<LedgerFigures> {
  const orders = await sql<{ id: string }>(`SELECT id FROM orders WHERE placed_by_user_id = ANY($1)`, [userIds]);
  const inDatabase = new Set(orders.map((order) => order.id));
  const answeredIds = new Set(answered.values());
  const keys = await sql<{ key: string; order_id: string | null }>(
    `SELECT key, order_id FROM idempotency_keys WHERE user_id = ANY($1) AND key = ANY($2)`,
    [userIds, [...answered.keys()]],
  );
  const recorded = new Map(keys.map((row) => [row.key, row.order_id]));
  const lost = [...answered].filter(([key, id]) => !inDatabase.has(id) || recorded.get(key) !== id).length;
  const duplicated = [...inDatabase].filter((id) => !answeredIds.has(id)).length;
  const [{ broken }] = await sql<{ broken: string }>(
    `SELECT count(*) AS broken FROM orders o
     LEFT JOIN LATERAL (
       SELECT count(*) AS lines, coalesce(sum(line_total_ore), 0) AS goods,
              count(*) FILTER (WHERE line_total_ore <> unit_price_ore * quantity) AS wrong_lines
       FROM order_lines l WHERE l.order_id = o.id
     ) l ON true
     WHERE o.placed_by_user_id = ANY($1)
       AND (l.lines = 0 OR l.wrong_lines > 0 OR l.goods <> o.goods_ore
            OR o.shipping_ore <> o.standard_fee_ore + o.express_surcharge_ore + o.bulky_surcharge_ore
            OR o.net_ore <> o.goods_ore + o.shipping_ore OR o.gross_ore <> o.net_ore + o.vat_ore
            OR (SELECT count(*) FROM outbox_messages m
                WHERE m.kind = 'order_confirmation' AND m.subject ~ ('\\m' || o.number || '\\M'))
               <> CASE WHEN o.status = 'awaiting_approval' THEN 0 ELSE 1 END
            -- An order held by the company's purchasing rules is whole with its approval instead.
            OR (o.status = 'awaiting_approval') <> EXISTS (SELECT 1 FROM order_approvals a WHERE a.order_id = o.id))`,
    [userIds],
  );
  return {
    answered: answered.size,
    inDatabase: inDatabase.size,
    lost,
    duplicated,
    halfWritten: Number(broken),
  };
}
