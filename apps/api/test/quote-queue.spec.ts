import type { OrderDetail, OrderPage, ProjectListDetail, QuoteDetail, StaffQueueQuote } from '@lumen/shared/contracts';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The consultant's queue shows what each quote is worth and whether a customer is waiting for
 * an answer to a comment; an order placed from a quote names it by its `Q-` number (issue 17).
 */
describe('the quote queue: value and new customer comments', () => {
  let t: TestApp;
  let buyer: string;
  let consultant: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.sql(`INSERT INTO categories (slug, name, name_en) VALUES ('qq-test', 'Kølys', 'Queue lights')`);
    await t.sql(
      `INSERT INTO products (sku, name, category_id, brand, list_price_ore, stock_status)
       SELECT v.sku, v.name, c.id, 'Lumen', v.price, 'in_stock'
       FROM categories c, (VALUES ('QQ-0001', 'Downlight 10 W', 10000), ('QQ-0002', 'Driver 350 mA', 20000)) AS v(sku, name, price)
       WHERE c.slug = 'qq-test'`,
    );
    [buyer, consultant] = await Promise.all(
      ['buyer@nordlys.test', 'consultant@lumen.test'].map((email) => t.http.tokenFor(email)),
    );
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ token });

  async function requestQuote(): Promise<QuoteDetail> {
    const list = await t.http.post<ProjectListDetail>('/project-lists', { name: 'Kø-prosjekt' }, as(buyer));
    await t.http.post(`/project-lists/${list.body.id}/items`, { sku: 'QQ-0001', quantity: 10 }, as(buyer));
    await t.http.post(`/project-lists/${list.body.id}/items`, { sku: 'QQ-0002', quantity: 4 }, as(buyer));
    const quote = await t.http.post<QuoteDetail>(`/project-lists/${list.body.id}/quote-requests`, {}, as(buyer));
    expect(quote.status).toBe(201);
    return quote.body;
  }

  async function queueRow(id: string): Promise<StaffQueueQuote> {
    const queue = await t.http.get<StaffQueueQuote[]>('/staff/quotes?status=all&limit=500', as(consultant));
    expect(queue.status).toBe(200);
    const row = queue.body.find((quote) => quote.id === id);
    if (!row) throw new Error(`quote ${id} is not in the queue`);
    return row;
  }

  it('values a quote at its draft’s offered prices, following the consultant’s edits before publishing', async () => {
    const quote = await requestQuote();
    // Requested: the draft is the request at Nordlys' gold prices (10 % off list).
    expect(await queueRow(quote.id)).toMatchObject({ valueOre: 10 * 9000 + 4 * 18000, totalOre: null });
    await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
    const saved = await t.http.put(
      `/staff/quotes/${quote.id}/draft`,
      {
        lines: [
          { sku: 'QQ-0001', quantity: 10, unitPriceOre: 8500 },
          { sku: 'QQ-0002', quantity: 4, discountPercent: 25 },
        ],
      },
      as(consultant),
    );
    expect(saved.status).toBe(200);
    // A given price, and 25 % off the list price: what the customer will be offered.
    expect((await queueRow(quote.id)).valueOre).toBe(10 * 8500 + 4 * 15000);
  });

  it('marks customer comments the desk has not answered, until a consultant comments or publishes', async () => {
    const quote = await requestQuote();
    expect((await queueRow(quote.id)).newCustomerComments).toBe(0);
    await t.http.post(`/quotes/${quote.id}/comments`, { body: 'Haster det?' }, as(buyer));
    await t.http.post(`/quotes/${quote.id}/comments`, { body: 'Og driverne?' }, as(buyer));
    expect((await queueRow(quote.id)).newCustomerComments).toBe(2);
    await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
    // Opening or claiming the quote is not an answer: the customer still waits.
    await t.http.get(`/staff/quotes/${quote.id}`, as(consultant));
    expect((await queueRow(quote.id)).newCustomerComments).toBe(2);
    await t.http.post(`/staff/quotes/${quote.id}/comments`, { body: 'Ser på det nå.' }, as(consultant));
    expect((await queueRow(quote.id)).newCustomerComments).toBe(0);

    expect((await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant))).status).toBe(200);
    await t.http.post(`/quotes/${quote.id}/comments`, { body: 'Kan vi få 6 i stedet?' }, as(buyer));
    expect(await queueRow(quote.id)).toMatchObject({ status: 'revision_requested', newCustomerComments: 1 });
    expect((await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant))).status).toBe(200);
    expect((await queueRow(quote.id)).newCustomerComments).toBe(0);
  });

  it('reads the queue in one statement, whatever number of quotes, lines and comments it shows', async () => {
    const counts: number[] = [];
    for (const extra of [0, 3]) {
      for (let i = 0; i < extra; i++) {
        const quote = await requestQuote();
        await t.http.post(`/quotes/${quote.id}/comments`, { body: `Spørsmål ${i}` }, as(buyer));
      }
      const statements = await statementsDuring(async () => {
        expect((await t.http.get('/staff/quotes', as(consultant))).status).toBe(200);
      });
      expect(statements.filter((sql) => /\bFROM quotes q\b/.test(sql))).toHaveLength(1);
      counts.push(statements.length);
    }
    // The same count with three more quotes, each with lines and a comment: nothing per row.
    expect(counts[1]).toBe(counts[0]);
  });

  it('names the quote an order came from by its Q- number', async () => {
    const quote = await requestQuote();
    await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
    await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant));
    // An order of Nordlys tied to the quote, as checkout ties it (the route is tested in orders.spec).
    const [order] = await t.sql<{ id: string }>(
      `SELECT o.id FROM orders o JOIN companies c ON c.id = o.company_id
       WHERE c.name = 'Nordlys Elektro AS' AND o.quote_id IS NULL ORDER BY o.placed_at DESC LIMIT 1`,
    );
    await t.sql(`UPDATE orders SET quote_id = $1, quote_revision = 1 WHERE id = $2`, [quote.id, order.id]);
    const detail = await t.http.get<OrderDetail>(`/orders/${order.id}`, as(buyer));
    expect(detail.body.quote).toEqual({
      id: quote.id,
      number: Number(quote.number.slice(2)),
      displayNumber: quote.number,
      revision: 1,
    });
    expect(quote.number).toMatch(/^Q-\d{6}$/);
    const page = await t.http.get<OrderPage>('/orders?pageSize=100', as(buyer));
    expect(page.body.items.find((o) => o.id === order.id)?.quote?.displayNumber).toBe(quote.number);
  });
});
