import { ORDER_SEARCH_MAX_LENGTH, type OrderDeskPage, type OrderPage, type OrderStatus } from '@lumen/shared/contracts';
import { insertProducts } from './quick-order-fixtures';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The order history's filters and search (PRODUCT.md §8) and the staff order desk's list
 * (§13), over HTTP. Orders are arranged straight in SQL with PO references and SKUs found
 * nowhere in the demo data, so each search result is known exactly.
 */
describe('order history and order desk: filters and search', () => {
  let t: TestApp;
  let nordlys: string;
  let fjord: string;
  let buyer: string;
  let fjordAdmin: string;
  let consultant: string;
  const numbers: Record<string, number> = {};
  const ids: Record<string, string> = {};

  interface ArrangedOrder {
    key: string;
    companyId: () => string;
    status: OrderStatus;
    po: string | null;
    skus: string[];
    hoursAgo: number;
  }
  const ARRANGED: ArrangedOrder[] = [
    {
      key: 'alfa',
      companyId: () => nordlys,
      status: 'placed',
      po: 'SØK-Alfa-7781',
      skus: ['OS-LAMP-1', 'OS-CABLE-9'],
      hoursAgo: 30,
    },
    {
      key: 'nord',
      companyId: () => nordlys,
      status: 'delivered',
      po: 'Sykehus Nord',
      skus: ['OS-DRIVER-2'],
      hoursAgo: 500,
    },
    { key: 'plain', companyId: () => nordlys, status: 'placed', po: null, skus: ['OS-BULKY-3'], hoursAgo: 5 },
    {
      key: 'fjord',
      companyId: () => fjord,
      status: 'placed',
      po: 'SØK-Alfa-9999',
      skus: ['OS-LAMP-1', 'OS-FJORD-4'],
      hoursAgo: 60,
    },
  ];

  /** One order with its lines, straight in SQL, as checkout would leave it. */
  const arrange = async (order: Omit<ArrangedOrder, 'key'>) => {
    const [{ id, number }] = await t.sql<{ id: string; number: string }>(
      `INSERT INTO orders (company_id, placed_by_user_id, placed_at, status, tier, purchase_order_reference,
         payment_method, payment_terms_days, shipping_method, partial_delivery, expected_dispatch_date,
         earliest_delivery_date, latest_delivery_date, delivery_address, billing_address, goods_ore,
         standard_fee_ore, express_surcharge_ore, bulky_surcharge_ore, shipping_ore, net_ore, vat_ore, gross_ore)
       SELECT $1, (SELECT id FROM users WHERE company_id = $1 ORDER BY email LIMIT 1),
         now() - make_interval(hours => $2), $3, 'gold', $4, 'invoice_30_days', 30, 'standard', false,
         current_date, current_date + 3, current_date + 5, a, a, 10000, 0, 0, 0, 0, 10000, 2500, 12500
       FROM (SELECT '{"label":null,"line1":"Gate 1","line2":null,"postalCode":"0150","city":"Oslo","country":"NO"}'::jsonb AS a) x
       RETURNING id, number`,
      [order.companyId(), order.hoursAgo, order.status, order.po],
    );
    await t.sql(
      `INSERT INTO order_lines (order_id, position, product_id, sku, name, quantity, list_price_ore,
         unit_price_ore, line_total_ore, stock_status, bulky)
       SELECT $1, k, p.id, p.sku, p.name, 1, p.list_price_ore, p.list_price_ore, p.list_price_ore, p.stock_status, p.bulky
       FROM unnest($2::text[]) WITH ORDINALITY AS s(sku, k) JOIN products p ON p.sku = s.sku`,
      [id, order.skus],
    );
    return { id, number: Number(number) };
  };

  beforeAll(async () => {
    t = await startTestApp();
    await insertProducts(t, [
      { sku: 'OS-LAMP-1', listPriceOre: 10_000 },
      { sku: 'OS-CABLE-9', listPriceOre: 2_000 },
      { sku: 'OS-DRIVER-2', listPriceOre: 5_000 },
      { sku: 'OS-BULKY-3', listPriceOre: 50_000, bulky: true },
      { sku: 'OS-FJORD-4', listPriceOre: 7_000 },
    ]);
    [{ id: nordlys }] = await t.sql<{ id: string }>(`SELECT id FROM companies WHERE name = 'Nordlys Elektro AS'`);
    [{ id: fjord }] = await t.sql<{ id: string }>(`SELECT id FROM companies WHERE name = 'Fjord Bygg AS'`);
    for (const order of ARRANGED) ({ id: ids[order.key], number: numbers[order.key] } = await arrange(order));
    buyer = await t.http.tokenFor('buyer@nordlys.test');
    fjordAdmin = await t.http.tokenFor('admin@fjordbygg.test');
    consultant = await t.http.tokenFor('consultant@lumen.test');
  });
  afterAll(() => t.close());

  const history = (query: string, token = buyer) => t.http.get<OrderPage>(`/orders?${query}`, { token });
  const desk = (query: string, token = consultant) => t.http.get<OrderDeskPage>(`/staff/orders?${query}`, { token });
  const numbersOf = (page: { items: { number: number }[] }) => page.items.map((item) => item.number).sort();
  const orderNumbers = (...keys: string[]) => keys.map((key) => numbers[key]).sort();
  /** 400 validation_failed naming `field`. */
  const expectRefused = async (path: string, token: string, field: string) => {
    const response = await t.http.get(path, { token });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'validation_failed',
      details: expect.arrayContaining([expect.objectContaining({ field })]),
    });
  };
  /** The statements of a list; the rest of a request (the caller's session) reads no orders. */
  const readsOrders = (sql: string) => /\borders o\b|\b(order_status|company_order)_counts\b/.test(sql);
  const q = (text: string) => `q=${encodeURIComponent(text)}`;
  /** The desk's counts for orders per status: every open status, none of the closed ones. */
  const openCounts = (perStatus: Partial<Record<OrderStatus, number>>) =>
    Object.fromEntries(
      (['placed', 'confirmed', 'in_preparation', 'partially_shipped'] as const).map((status) => [
        status,
        perStatus[status] ?? 0,
      ]),
    );

  describe('GET /api/orders (a customer: its own company only)', () => {
    it('finds part of a PO reference in any case, never another company’s', async () => {
      const own = await history(q('søk-ALFA'));
      expect(own.status).toBe(200);
      expect(numbersOf(own.body)).toEqual(orderNumbers('alfa'));
      expect(own.body.total).toBe(1);
      expect(numbersOf((await history(q('søk-alfa'), fjordAdmin)).body)).toEqual(orderNumbers('fjord'));
      // Fjord Bygg's PO reference, typed whole by a Nordlys buyer: nothing.
      expect((await history(q('SØK-Alfa-9999'))).body).toMatchObject({ items: [], total: 0 });
    });

    it('finds part of a SKU on any line of the order, within the company', async () => {
      expect(numbersOf((await history(q('os-cable'))).body)).toEqual(orderNumbers('alfa'));
      expect(numbersOf((await history(q('OS-LAMP-1'))).body)).toEqual(orderNumbers('alfa'));
      expect(numbersOf((await history(q('OS-LAMP-1'), fjordAdmin)).body)).toEqual(orderNumbers('fjord'));
      expect((await history(q('OS-FJORD'))).body.total).toBe(0);
    });

    it('finds an order by its number, and not another company’s', async () => {
      expect(numbersOf((await history(q(String(numbers['nord'])))).body)).toEqual(orderNumbers('nord'));
      expect((await history(q(String(numbers['fjord'])))).body.total).toBe(0);
    });

    it('filters by status, alone and with a search, counting only what the filter finds', async () => {
      const placed = await history('status=placed&pageSize=100');
      const [{ count }] = await t.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM orders WHERE company_id = $1 AND status = 'placed'`,
        [nordlys],
      );
      expect(placed.body.total).toBe(count);
      expect(placed.body.items.map((item) => item.status)).toEqual(Array(count).fill('placed'));
      expect(numbersOf(placed.body)).toEqual(expect.arrayContaining(orderNumbers('alfa', 'plain')));
      expect(numbersOf((await history(`status=delivered&${q('os-')}`)).body)).toEqual(orderNumbers('nord'));
      expect((await history(`status=cancelled&${q('søk-alfa')}`)).body).toMatchObject({ items: [], total: 0 });
    });

    it('takes %, _ and \\ in a search as themselves, not as wildcards or escapes', async () => {
      expect((await history(q('%'))).body.total).toBe(0);
      expect((await history(q('OS_LAMP'))).body.total).toBe(0);
      // A backslash is no escape either: "OS\-LAMP" is not "OS-LAMP".
      expect((await history(q('OS\\-LAMP'))).body.total).toBe(0);
      expect((await desk(q('OS\\-LAMP'))).body.total).toBe(0);
      expect((await history(q('OS-LAMP'))).body.total).toBe(1);
    });

    it('treats a blank search as none', async () => {
      const all = await history('');
      expect((await history(q('   '))).body.total).toBe(all.body.total);
    });

    it('refuses an unknown status, a search too long and pages out of bounds, naming the field', async () => {
      const refused = (query: string, field: string) => expectRefused(`/orders?${query}`, buyer, field);
      await refused('status=lost', 'status');
      await refused(q('x'.repeat(ORDER_SEARCH_MAX_LENGTH + 1)), 'q');
      await refused('page=0', 'page');
      await refused('page=10001', 'page');
      await refused('page=1e20', 'page');
      await refused('pageSize=0', 'pageSize');
      await refused('pageSize=101', 'pageSize');
      expect((await history(q('x'.repeat(ORDER_SEARCH_MAX_LENGTH)))).status).toBe(200);
      expect((await history('page=10000&pageSize=100')).body).toMatchObject({ items: [], page: 10000 });
    });

    it('answers a search in the same two statements as a plain page, whatever the page size', async () => {
      for (const query of ['pageSize=1', 'pageSize=100', `${q('OS-LAMP')}&pageSize=100`, 'status=placed']) {
        const statements = await statementsDuring(() => history(query));
        expect(statements.filter(readsOrders)).toHaveLength(2);
      }
    });
  });

  describe('GET /api/staff/orders (the order desk)', () => {
    it('is for staff only: customers get 403', async () => {
      for (const email of ['buyer@nordlys.test', 'admin@nordlys.test', 'viewer@nordlys.test']) {
        const response = await desk('', await t.http.tokenFor(email));
        expect(response.status).toBe(403);
      }
      expect((await desk('', await t.http.tokenFor('admin@lumen.test'))).status).toBe(200);
    });

    it('searches every company: PO reference, SKU, order number and company name', async () => {
      const po = await desk(q('søk-alfa'));
      expect(numbersOf(po.body)).toEqual(orderNumbers('alfa', 'fjord'));
      expect(po.body.items.find((row) => row.number === numbers['fjord'])?.company.name).toBe('Fjord Bygg AS');
      expect(numbersOf((await desk(q('os-lamp-1'))).body)).toEqual(orderNumbers('alfa', 'fjord'));
      expect(numbersOf((await desk(q(String(numbers['plain'])))).body)).toEqual(orderNumbers('plain'));
      const byCompany = await desk(`${q('fjord bygg')}&pageSize=100`);
      const [{ count }] = await t.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM orders WHERE company_id = $1`,
        [fjord],
      );
      expect(byCompany.body.total).toBe(count);
      expect(new Set(byCompany.body.items.map((row) => row.company.name))).toEqual(new Set(['Fjord Bygg AS']));
    });

    it('counts the open statuses over the whole desk, whatever the filter, and leaves the archive out', async () => {
      const rows = await t.sql<{ status: OrderStatus; count: number }>(
        // An order awaiting its company's approval is not the shop's yet: never on the desk.
        `SELECT status, count(*)::int AS count FROM orders WHERE status <> 'awaiting_approval' GROUP BY status`,
      );
      const all = Object.fromEntries(rows.map((row) => [row.status, row.count]));
      expect(all['delivered']).toBeGreaterThan(0);
      const filtered = await desk(`status=placed&${q('søk-alfa')}`);
      expect(filtered.body.counts).toEqual(openCounts(all));
      expect(filtered.body.total).toBe(2);
      expect((await desk('')).body.total).toBe(rows.reduce((sum, row) => sum + row.count, 0));
      expect((await desk('status=placed')).body.total).toBe(all['placed']);
      expect((await desk('status=delivered')).body.total).toBe(all['delivered']);
    });

    it('lets checkouts of different companies write orders at once: no shop-wide counter row to queue on', async () => {
      const first = t.dataSource.createQueryRunner();
      const second = t.dataSource.createQueryRunner();
      try {
        await first.startTransaction();
        await second.startTransaction();
        const place = (runner: typeof first, companyId: string) =>
          runner.query(
            `INSERT INTO orders (company_id, placed_by_user_id, placed_at, status, tier, payment_method, payment_terms_days,
               shipping_method, partial_delivery, expected_dispatch_date, earliest_delivery_date, latest_delivery_date,
               delivery_address, billing_address, goods_ore, standard_fee_ore, express_surcharge_ore,
               bulky_surcharge_ore, shipping_ore, net_ore, vat_ore, gross_ore)
             SELECT company_id, placed_by_user_id, now(), 'placed', tier, payment_method, payment_terms_days,
               shipping_method, partial_delivery, expected_dispatch_date, earliest_delivery_date, latest_delivery_date,
               delivery_address, billing_address, goods_ore, standard_fee_ore, express_surcharge_ore,
               bulky_surcharge_ore, shipping_ore, net_ore, vat_ore, gross_ore
             FROM orders WHERE company_id = $1 LIMIT 1`,
            [companyId],
          );
        await place(first, nordlys);
        // Uncommitted, the first order holds its company's counter row; the second must not wait on it.
        await second.query(`SET LOCAL lock_timeout = '2s'`);
        await expect(place(second, fjord)).resolves.toBeDefined();
      } finally {
        await first.rollbackTransaction();
        await second.rollbackTransaction();
        await first.release();
        await second.release();
      }
    });

    it('works an open status oldest first, and reads the rest newest first, unless told', async () => {
      const placedAt = (page: OrderDeskPage) => page.items.map((row) => row.placedAt);
      const ascending = (values: string[]) => [...values].sort();
      const open = (await desk('status=placed&pageSize=100')).body;
      expect(open.items.length).toBeGreaterThanOrEqual(3);
      expect(placedAt(open)).toEqual(ascending(placedAt(open)));
      const newest = (await desk('status=placed&sort=newest&pageSize=100')).body;
      expect(placedAt(newest)).toEqual(ascending(placedAt(newest)).reverse());
      const all = (await desk('pageSize=100')).body;
      expect(placedAt(all)).toEqual(ascending(placedAt(all)).reverse());
      const oldest = (await desk('sort=oldest&pageSize=100')).body;
      expect(placedAt(oldest)).toEqual(ascending(placedAt(oldest)));
    });

    it('shows each row with its company, age, lines and bulk', async () => {
      const [row] = (await desk(q(String(numbers['alfa'])))).body.items;
      expect(row).toEqual({
        id: expect.any(String),
        number: numbers['alfa'],
        status: 'placed',
        company: { id: nordlys, name: 'Nordlys Elektro AS' },
        placedAt: expect.any(String),
        ageHours: 30,
        purchaseOrderReference: 'SØK-Alfa-7781',
        lineCount: 2,
        grossOre: 12500,
        partialDelivery: false,
        desiredDeliveryDate: null,
        bulky: false,
      });
      expect((await desk(q(String(numbers['plain'])))).body.items[0]).toMatchObject({
        lineCount: 1,
        bulky: true,
        ageHours: 5,
      });
    });

    it('refuses an unknown status or sort and a search too long', async () => {
      for (const [query, field] of [
        ['status=open', 'status'],
        ['sort=age', 'sort'],
        [q('x'.repeat(ORDER_SEARCH_MAX_LENGTH + 1)), 'q'],
        ['page=10001', 'page'],
      ])
        await expectRefused(`/staff/orders?${query}`, consultant, field);
    });

    it('keeps the desk counts and history totals exact through inserts, status changes, other updates and deletes', async () => {
      const inSql = async () =>
        Object.fromEntries(
          (
            await t.sql<{ status: OrderStatus; count: number }>(
              `SELECT status, count(*)::int AS count FROM orders GROUP BY status`,
            )
          ).map((row) => [row.status, row.count]),
        );
      const onDesk = async () => (await desk('')).body.counts;
      const openInSql = async () => openCounts(await inSql());
      const before = await inSql();
      const extra = await arrange({
        companyId: () => fjord,
        status: 'confirmed',
        po: null,
        skus: ['OS-LAMP-1'],
        hoursAgo: 1,
      });
      expect(await onDesk()).toEqual(openCounts({ ...before, confirmed: (before['confirmed'] ?? 0) + 1 }));
      await t.sql(`UPDATE orders SET status = 'in_preparation' WHERE id = $1`, [extra.id]);
      await t.sql(`UPDATE orders SET updated_at = now()`);
      await t.sql(`UPDATE orders SET status = 'shipped' WHERE company_id = $1 AND status = 'placed'`, [fjord]);
      expect(await onDesk()).toEqual(await openInSql());
      await t.sql(`DELETE FROM orders WHERE id = $1`, [extra.id]);
      await t.sql(`UPDATE orders SET status = 'placed' WHERE id = $1`, [ids['fjord']]);
      expect(await onDesk()).toEqual(await openInSql());
      // The history's totals come from the per-company counters the same writes keep.
      for (const [token, companyId] of [
        [fjordAdmin, fjord],
        [buyer, nordlys],
      ]) {
        const [{ all, placed }] = await t.sql<{ all: number; placed: number }>(
          `SELECT count(*)::int AS all, (count(*) FILTER (WHERE status = 'placed'))::int AS placed
           FROM orders WHERE company_id = $1`,
          [companyId],
        );
        expect((await history('', token)).body.total).toBe(all);
        expect((await history('status=placed', token)).body.total).toBe(placed);
      }
    });

    it('answers in three statements, whatever the page size and search', async () => {
      for (const [query, expected] of [
        ['pageSize=1', 3],
        ['pageSize=100&status=delivered', 3],
        [`pageSize=100&${q('os-lamp')}`, 3],
      ] as const) {
        const statements = await statementsDuring(() => desk(query));
        expect(statements.filter(readsOrders)).toHaveLength(expected);
      }
    });
  });
});
