import type { EntityManager } from 'typeorm';

type Status =
  | 'requested'
  | 'in_progress'
  | 'answered'
  | 'revision_requested'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'cancelled';

interface DemoQuote {
  list: number;
  status: Status;
  /** Hours before now that the current request cycle started (the 24-hour clock). */
  requestedHoursAgo: number;
  /** Revisions published; each 6 h after its cycle started. */
  revisions: number;
  message: string | null;
  comments: Array<['customer' | 'consultant', string]>;
}

interface DemoList {
  name: string;
  reference: string | null;
  description: string | null;
  items: number;
}

const NORDLYS_LISTS: DemoList[] = [
  { name: 'Kontorbygg Bodø', reference: 'P-2026-114', description: 'Nybygg, 4 etasjer, kontorlandskap', items: 6 },
  { name: 'Skole Tromsø – fase 1', reference: 'P-2026-097', description: 'Klasserom og gymsal', items: 4 },
  { name: 'Lager Mo i Rana', reference: null, description: null, items: 3 },
];

/** One quote in every state, so the desk, the quote pages and the metrics have something to show. */
const NORDLYS_QUOTES: DemoQuote[] = [
  { list: 0, status: 'requested', requestedHoursAgo: 3, revisions: 0, message: 'Trenger pris innen fredag.', comments: [] },
  { list: 1, status: 'in_progress', requestedHoursAgo: 20, revisions: 0, message: null, comments: [] },
  { list: 2, status: 'requested', requestedHoursAgo: 27, revisions: 0, message: 'Haster!', comments: [] },
  { list: 0, status: 'answered', requestedHoursAgo: 50, revisions: 1, message: null, comments: [] },
  {
    list: 1,
    status: 'revision_requested',
    requestedHoursAgo: 2,
    revisions: 1,
    message: 'Gjelder gymsalen.',
    comments: [['customer', 'Kan dere se på prisen for driverne? Vi tar 20 flere.']],
  },
  {
    list: 0,
    status: 'accepted',
    requestedHoursAgo: 200,
    revisions: 2,
    message: null,
    comments: [
      ['customer', 'Kan vi få bedre pris ved 50 stk?'],
      ['consultant', 'Ja, se revisjon 2.'],
    ],
  },
  { list: 2, status: 'declined', requestedHoursAgo: 300, revisions: 1, message: null, comments: [] },
  { list: 1, status: 'expired', requestedHoursAgo: 900, revisions: 1, message: null, comments: [] },
  { list: 2, status: 'cancelled', requestedHoursAgo: 400, revisions: 0, message: null, comments: [] },
];

/** The second company has a little too, so tenant isolation can be seen (and tested) both ways. */
const FJORD_LISTS: DemoList[] = [{ name: 'Hytte Geilo', reference: 'FB-12', description: null, items: 2 }];
const FJORD_QUOTES: DemoQuote[] = [
  { list: 0, status: 'cancelled', requestedHoursAgo: 100, revisions: 0, message: null, comments: [] },
];

const HOUR = 3_600_000;

/**
 * Project lists and quotes for Nordlys Elektro (and a little for Fjord Bygg). Runs after the
 * catalog and the accounts are seeded, in the same transaction. A handful of rows, written one
 * statement per table and quote.
 */
export async function seedDemoQuotes(manager: EntityManager, now = new Date()): Promise<void> {
  await seedCompany(manager, now, 'Nordlys Elektro AS', 'buyer@nordlys.test', 0, NORDLYS_LISTS, NORDLYS_QUOTES);
  await seedCompany(manager, now, 'Fjord Bygg AS', 'admin@fjordbygg.test', 20, FJORD_LISTS, FJORD_QUOTES);
}

async function seedCompany(
  manager: EntityManager,
  now: Date,
  companyName: string,
  requesterEmail: string,
  productOffset: number,
  demoLists: DemoList[],
  demoQuotes: DemoQuote[],
): Promise<void> {
  const [company] = await manager.query(`SELECT id, tier FROM companies WHERE name = $1`, [companyName]);
  if (!company) return;
  const [buyer] = await manager.query(`SELECT id FROM users WHERE email = $1`, [requesterEmail]);
  const [consultant] = await manager.query(`SELECT id FROM users WHERE email = 'consultant@lumen.test'`);
  const products: Array<{ id: string; sku: string; name: string; list: number; tier: number }> =
    await manager.query(
      `SELECT p.id, p.sku, p.name, p.list_price_ore::float8 AS list,
         CASE WHEN p.net_priced THEN p.list_price_ore
              ELSE (p.list_price_ore * (10000 - round(d.discount_percent * 100)::bigint) + 5000) / 10000
         END::float8 AS tier
       FROM products p, tier_discounts d
       WHERE d.tier = $1 AND p.lifecycle = 'active'
       ORDER BY p.sku OFFSET $2 LIMIT 13`,
      [company.tier, productOffset],
    );
  const needed = demoLists.reduce((sum, list) => sum + list.items, 0);
  if (products.length < needed || !buyer || !consultant) return;

  let offset = 0;
  const lists = demoLists.map((list) => {
    const items = products.slice(offset, offset + list.items).map((p, i) => ({ ...p, quantity: (i + 1) * 4 }));
    offset += list.items;
    return { ...list, items };
  });
  const listIds: string[] = [];
  for (const list of lists) {
    const [row] = await manager.query(
      `INSERT INTO project_lists (company_id, created_by_user_id, name, project_reference, description)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [company.id, buyer.id, list.name, list.reference, list.description],
    );
    listIds.push(row.id);
    await manager.query(
      `INSERT INTO project_list_items (list_id, product_id, quantity)
       SELECT $1, i.product_id, i.quantity FROM jsonb_to_recordset($2::jsonb) AS i(product_id uuid, quantity int)`,
      [row.id, JSON.stringify(list.items.map((p) => ({ product_id: p.id, quantity: p.quantity })))],
    );
  }

  for (const demo of demoQuotes) {
    const list = lists[demo.list];
    const cycleStart = new Date(now.getTime() - demo.requestedHoursAgo * HOUR);
    const lines = list.items.map((p, position) => ({
      product_id: p.id,
      sku: p.sku,
      name: p.name,
      quantity: p.quantity,
      list_price_ore: p.list,
      tier_unit_price_ore: p.tier,
      unit_price_ore: p.tier,
      position,
    }));
    const claimed = demo.status !== 'requested' && demo.status !== 'cancelled';
    const closed = ['accepted', 'declined', 'expired', 'cancelled'].includes(demo.status);
    const validUntil =
      demo.revisions === 0
        ? null
        : new Date(cycleStart.getTime() + (demo.status === 'expired' ? 48 : 30 * 24) * HOUR);
    const [quote] = await manager.query(
      `INSERT INTO quotes (company_id, project_list_id, project_list_name, requested_by_user_id, message, status,
         requested_at, due_at, claimed_by_user_id, claimed_at, current_revision, valid_until,
         accepted_revision, accepted_by_user_id, accepted_at, closed_at, line_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $7, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [
        company.id,
        listIds[demo.list],
        list.name,
        buyer.id,
        demo.message,
        demo.status,
        cycleStart,
        new Date(cycleStart.getTime() + 24 * HOUR),
        claimed ? consultant.id : null,
        demo.revisions,
        validUntil,
        demo.status === 'accepted' ? demo.revisions : null,
        demo.status === 'accepted' ? buyer.id : null,
        demo.status === 'accepted' ? now : null,
        closed ? now : null,
        lines.length,
      ],
    );
    const asJson = JSON.stringify(lines);
    const recordset = `product_id uuid, sku text, name text, quantity int, list_price_ore bigint,
      tier_unit_price_ore bigint, unit_price_ore bigint, position int`;
    for (const table of ['quote_lines', 'quote_draft_lines'])
      await manager.query(
        `INSERT INTO ${table} (quote_id, product_id, sku, name, quantity, list_price_ore, tier_unit_price_ore,
           unit_price_ore, position)
         SELECT $1, product_id, sku, name, quantity, list_price_ore, tier_unit_price_ore, unit_price_ore, position
         FROM jsonb_to_recordset($2::jsonb) AS l(${recordset})`,
        [quote.id, asJson],
      );
    for (let number = 1; number <= demo.revisions; number++) {
      // Each revision takes 3 % more off: visible as a price change from one revision to the next.
      const revised = lines.map((l) => ({ ...l, unit_price_ore: Math.round(l.tier_unit_price_ore * (1 - 0.03 * number)) }));
      const total = revised.reduce((sum, l) => sum + l.unit_price_ore * l.quantity, 0);
      const publishedAt = new Date(cycleStart.getTime() + 6 * HOUR * number);
      const [revision] = await manager.query(
        `INSERT INTO quote_revisions (quote_id, number, published_at, published_by_user_id, valid_until, message,
           cycle_started_at, due_at, total_ore)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          quote.id,
          number,
          publishedAt,
          consultant.id,
          validUntil,
          number === 1 ? 'Takk for forespørselen! Prisene gjelder ved samlet levering.' : 'Oppdatert etter ønske.',
          new Date(publishedAt.getTime() - 6 * HOUR),
          new Date(publishedAt.getTime() + 18 * HOUR),
          total,
        ],
      );
      await manager.query(
        `INSERT INTO quote_revision_lines (revision_id, product_id, sku, name, quantity, list_price_ore,
           tier_unit_price_ore, unit_price_ore, line_total_ore, position)
         SELECT $1, product_id, sku, name, quantity, list_price_ore, tier_unit_price_ore, unit_price_ore,
           unit_price_ore * quantity, position
         FROM jsonb_to_recordset($2::jsonb) AS l(${recordset})`,
        [revision.id, JSON.stringify(revised)],
      );
      await manager.query(`UPDATE quotes SET current_total_ore = $2 WHERE id = $1`, [quote.id, total]);
    }
    for (const [i, [side, body]] of demo.comments.entries())
      await manager.query(
        `INSERT INTO quote_comments (quote_id, author_user_id, author_side, body, created_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [quote.id, side === 'customer' ? buyer.id : consultant.id, side, body, new Date(cycleStart.getTime() + i * HOUR)],
      );
  }
}
