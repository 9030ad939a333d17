import { AcceptedQuotes, QuoteExpiry } from '@lumen/api/quotes';
import type {
  ProjectListDetail,
  QuoteDetail,
  QuoteSummary,
  StaffQuoteDetail,
  StaffQuoteSummary,
} from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

const HOUR = 3_600_000;

describe('quotes over HTTP: the 24-hour desk', () => {
  let t: TestApp;
  let buyer: string;
  let admin: string;
  let viewer: string;
  let consultant: string;
  let otherCompany: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.sql(`INSERT INTO categories (slug, name, name_en) VALUES ('qt-test', 'Tilbudslys', 'Quote lights')`);
    await t.sql(
      `INSERT INTO products (sku, name, category_id, brand, list_price_ore, stock_status)
       SELECT v.sku, v.name, c.id, 'Lumen', v.price, 'in_stock'
       FROM categories c, (VALUES ('QT-0001', 'Downlight 10 W', 10000),
                                  ('QT-0002', 'Driver 350 mA', 20000),
                                  ('QT-0003', 'Skinne 2 m', 30000)) AS v(sku, name, price)
       WHERE c.slug = 'qt-test'`,
    );
    [buyer, admin, viewer, consultant, otherCompany] = await Promise.all(
      [
        'buyer@nordlys.test',
        'admin@nordlys.test',
        'viewer@nordlys.test',
        'consultant@lumen.test',
        'admin@fjordbygg.test',
      ].map((email) => t.http.tokenFor(email)),
    );
  });
  afterAll(() => t.close());

  const as = (token: string) => ({ token });

  async function requestQuote(
    items: [string, number][] = [
      ['QT-0001', 10],
      ['QT-0002', 4],
    ],
  ) {
    const list = await t.http.post<ProjectListDetail>('/project-lists', { name: 'Kontorbygg Bodø' }, as(buyer));
    for (const [sku, quantity] of items)
      await t.http.post(`/project-lists/${list.body.id}/items`, { sku, quantity }, as(buyer));
    const quote = await t.http.post<QuoteDetail>(
      `/project-lists/${list.body.id}/quote-requests`,
      { message: 'Kan dere gi bedre pris på driverne?' },
      as(buyer),
    );
    expect(quote.status).toBe(201);
    return { listId: list.body.id, quote: quote.body };
  }

  async function answeredQuote(): Promise<string> {
    const { quote } = await requestQuote();
    await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
    const published = await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant));
    expect(published.status).toBe(200);
    return quote.id;
  }

  async function auditedTransitions(quoteId: string): Promise<string[]> {
    const rows = await t.sql<{ before: { status: string } | null; after: { status: string } }>(
      `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'quote.state_changed' ORDER BY created_at`,
      [quoteId],
    );
    return rows.map((row) => `${row.before?.status ?? '-'}>${row.after.status}`);
  }

  it('seeds Nordlys Elektro with project lists and a quote in every state', async () => {
    const rows = await t.sql<{ status: string }>(
      `SELECT DISTINCT q.status FROM quotes q JOIN companies c ON c.id = q.company_id
       WHERE c.name = 'Nordlys Elektro AS' ORDER BY 1`,
    );
    expect(rows.map((r) => r.status)).toEqual([
      'accepted',
      'answered',
      'cancelled',
      'declined',
      'expired',
      'in_progress',
      'requested',
      'revision_requested',
    ]);
    const lists = await t.http.get('/project-lists', as(viewer));
    expect(lists.body.length).toBeGreaterThanOrEqual(3);
    const demo = await t.http.get<QuoteSummary[]>('/quotes', as(viewer));
    const accepted = demo.body.find((q) => q.status === 'accepted');
    if (!accepted) throw new Error('the demo data has no accepted quote');
    const detail = await t.http.get<QuoteDetail>(`/quotes/${accepted.id}`, as(viewer));
    expect(detail.body.revisions).toHaveLength(2);
    expect(detail.body.revisions[1].totalOre).toBeLessThan(detail.body.revisions[0].totalOre);
  });

  it('runs the whole flow: request, queue, claim, draft, publish, comment, revision 2, accept', async () => {
    const before = Date.now();
    const { listId, quote } = await requestQuote();
    expect(quote).toMatchObject({ status: 'requested', currentRevision: 0, overdue: false, lineCount: 2 });
    expect(new Date(quote.dueAt).getTime() - new Date(quote.requestedAt).getTime()).toBe(24 * HOUR);
    expect(new Date(quote.requestedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Snapshot at the gold tier price; the list changing afterwards does not touch it.
    expect(quote.requestedLines.map((l) => [l.sku, l.quantity, l.unitPriceOre])).toEqual([
      ['QT-0001', 10, 9000],
      ['QT-0002', 4, 18000],
    ]);
    await t.http.post(`/project-lists/${listId}/items`, { sku: 'QT-0003', quantity: 1 }, as(buyer));
    expect((await t.http.get(`/quotes/${quote.id}`, as(buyer))).body.requestedLines).toHaveLength(2);

    const queue = await t.http.get<StaffQuoteSummary[]>('/staff/quotes', as(consultant));
    expect(queue.status).toBe(200);
    const row = queue.body.find((q) => q.id === quote.id);
    expect(row).toMatchObject({ status: 'requested', overdue: false, company: { name: 'Nordlys Elektro AS' } });
    expect(row?.timeLeftMs).toBeGreaterThan(23.9 * HOUR);
    expect(row?.timeLeftMs).toBeLessThanOrEqual(24 * HOUR);
    const dues = queue.body.map((q) => q.dueAt);
    expect(dues).toEqual([...dues].sort());

    const unclaimed = await t.http.put(`/staff/quotes/${quote.id}/draft`, { lines: [] }, as(consultant));
    expect(unclaimed.status).toBe(409);
    expect(unclaimed.body.code).toBe('quote_not_claimed');
    const claimed = await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
    expect(claimed.body).toMatchObject({ status: 'in_progress', claimedBy: { name: expect.any(String) } });

    // Unit price on the downlights, 25 % off list on the drivers, a rail added; validity set.
    const validUntil = new Date(Date.now() + 14 * 24 * HOUR).toISOString();
    const draft = await t.http.put<StaffQuoteDetail>(
      `/staff/quotes/${quote.id}/draft`,
      {
        lines: [
          { sku: 'QT-0001', quantity: 10, unitPriceOre: 8500 },
          { sku: 'QT-0002', quantity: 4, discountPercent: 25 },
          // Added by hand, in lower case: a draft takes a SKU the way the cart does.
          { sku: 'qt-0003', quantity: 2 },
        ],
        validUntil,
        message: 'Prosjektpris',
      },
      as(consultant),
    );
    expect(draft.status).toBe(200);
    expect(draft.body.draft.lines.map((l) => l.unitPriceOre)).toEqual([8500, 15000, 27000]);
    expect(draft.body.draft.totalOre).toBe(85000 + 60000 + 54000);

    const published = await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant));
    expect(published.body).toMatchObject({ status: 'answered', currentRevision: 1, validUntil });
    expect(published.body.revisions[0]).toMatchObject({ number: 1, message: 'Prosjektpris', totalOre: 199000 });
    const answeredMail = await t.sql(
      `SELECT recipient, subject FROM outbox_messages WHERE kind = 'quote_answered' AND subject LIKE $1`,
      [`%${quote.number}%`],
    );
    // In the buyer's language (the demo users read Norwegian).
    expect(answeredMail).toEqual([{ recipient: 'buyer@nordlys.test', subject: expect.stringContaining('revisjon 1') }]);

    // The customer comments: back to the consultant, clock restarted from the comment.
    const commentedAt = Date.now();
    const commented = await t.http.post(
      `/quotes/${quote.id}/comments`,
      { body: 'Kan vi få 6 skinner i stedet?' },
      as(buyer),
    );
    expect(commented.status).toBe(201);
    expect(commented.body.status).toBe('revision_requested');
    const newDue = new Date(commented.body.dueAt).getTime();
    expect(newDue).toBeGreaterThanOrEqual(commentedAt + 24 * HOUR - 1000);
    expect(newDue).toBeLessThanOrEqual(Date.now() + 24 * HOUR);
    expect(commented.body.comments[0]).toMatchObject({
      body: 'Kan vi få 6 skinner i stedet?',
      author: { side: 'customer', name: expect.any(String) },
    });
    const toConsultant = await t.sql(
      `SELECT recipient FROM outbox_messages WHERE kind = 'quote_customer_commented' AND subject LIKE $1`,
      [`%${quote.number}%`],
    );
    expect(toConsultant).toEqual([{ recipient: 'consultant@lumen.test' }]);
    // A customer may not accept while the revision is being worked on.
    expect((await t.http.post(`/quotes/${quote.id}/accept`, {}, as(buyer))).body.code).toBe(
      'quote_transition_not_allowed',
    );

    await t.http.post(`/staff/quotes/${quote.id}/comments`, { body: 'Ordner det.' }, as(consultant));
    const toBuyer = await t.sql(
      `SELECT recipient FROM outbox_messages WHERE kind = 'quote_consultant_commented' AND subject LIKE $1`,
      [`%${quote.number}%`],
    );
    expect(toBuyer).toEqual([{ recipient: 'buyer@nordlys.test' }]);

    await t.http.put(
      `/staff/quotes/${quote.id}/draft`,
      {
        lines: [
          { sku: 'QT-0001', quantity: 10, unitPriceOre: 8500 },
          { sku: 'QT-0003', quantity: 6, unitPriceOre: 25000 },
        ],
        validUntil,
      },
      as(consultant),
    );
    const revision2 = await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant));
    expect(revision2.body).toMatchObject({ status: 'answered', currentRevision: 2 });

    const seen = await t.http.get<QuoteDetail>(`/quotes/${quote.id}`, as(viewer));
    expect(seen.body.revisions.map((r) => [r.number, r.totalOre])).toEqual([
      [1, 199000],
      [2, 85000 + 150000],
    ]);
    expect(seen.body.revisions[0].lines).toHaveLength(3);
    expect(seen.body.comments.map((c) => c.author.side)).toEqual(['customer', 'consultant']);

    const accepted = await t.http.post(`/quotes/${quote.id}/accept`, {}, as(buyer));
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptedRevision: 2 });
    // What checkout will order: exactly the accepted revision's lines and prices.
    const [{ company_id, requested_by_user_id }] = await t.sql<{ company_id: string; requested_by_user_id: string }>(
      `SELECT company_id, requested_by_user_id FROM quotes WHERE id = $1`,
      [quote.id],
    );
    const buyerScope = { kind: 'company', companyId: company_id, userId: requested_by_user_id } as const;
    const checkout = await t.dataSource.transaction((manager) =>
      t.app.get(AcceptedQuotes).linesForCheckout(manager, buyerScope, quote.id),
    );
    expect(checkout).toMatchObject({ revisionNumber: 2 });
    expect(checkout.lines.map((l) => [l.sku, l.quantity, l.unitPriceOre])).toEqual([
      ['QT-0001', 10, 8500],
      ['QT-0003', 6, 25000],
    ]);

    expect(await auditedTransitions(quote.id)).toEqual([
      '->requested',
      'requested>in_progress',
      'in_progress>answered',
      'answered>revision_requested',
      'revision_requested>answered',
      'answered>accepted',
    ]);
    // Closed: no more comments, no second acceptance.
    expect((await t.http.post(`/quotes/${quote.id}/comments`, { body: 'hei' }, as(buyer))).body.code).toBe(
      'quote_closed',
    );
    expect((await t.http.post(`/quotes/${quote.id}/accept`, {}, as(buyer))).status).toBe(409);
  });

  it('e-mails every consultant on a request, and each side in its own language', async () => {
    const { quote } = await requestQuote();
    const mails = (kind: string) =>
      t.sql<{ recipient: string; subject: string; body: string }>(
        `SELECT recipient, subject, body FROM outbox_messages WHERE kind = $1 AND subject LIKE $2`,
        [kind, `%${quote.number}%`],
      );
    const [request] = await mails('quote_requested');
    expect(request).toMatchObject({
      recipient: 'consultant@lumen.test',
      subject: expect.stringContaining('Ny tilbudsforespørsel'),
    });
    expect(request.body).toContain(`http://portal.test/desk/quotes/${quote.id}`);
    expect(request.body).toContain('Nordlys Elektro AS');

    await t.http.request('PATCH', '/me', { ...as(buyer), body: { language: 'en' } });
    try {
      await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
      await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant));
      const [answered] = await mails('quote_answered');
      expect(answered.subject).toBe(`Your quote ${quote.number} has been answered (revision 1)`);
      expect(answered.body).toContain(`http://portal.test/quotes/${quote.id}`);
    } finally {
      await t.http.request('PATCH', '/me', { ...as(buyer), body: { language: 'nb' } });
    }
  });

  it('accepts exactly once under 20 concurrent accept requests', async () => {
    const id = await answeredQuote();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.http.post(`/quotes/${id}/accept`, {}, as(i % 2 ? buyer : admin))),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(
      new Set(['quote_transition_not_allowed']),
    );
    const [{ accepted }] = await t.sql<{ accepted: number }>(
      `SELECT count(*)::int AS accepted FROM audit_log WHERE entity_id = $1 AND after->>'status' = 'accepted'`,
      [id],
    );
    expect(accepted).toBe(1);
  });

  it('answers illegal transitions with 409 and a code', async () => {
    const { quote } = await requestQuote();
    const accept = await t.http.post(`/quotes/${quote.id}/accept`, {}, as(buyer));
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('quote_transition_not_allowed');
    expect((await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant))).status).toBe(409);
    expect((await t.http.post(`/quotes/${quote.id}/decline`, {}, as(buyer))).status).toBe(409);
    const cancelled = await t.http.post(`/quotes/${quote.id}/cancel`, {}, as(buyer));
    expect(cancelled.body.status).toBe('cancelled');
    expect((await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant))).body.code).toBe(
      'quote_transition_not_allowed',
    );

    const answered = await answeredQuote();
    expect((await t.http.post(`/quotes/${answered}/cancel`, {}, as(buyer))).body.code).toBe(
      'quote_transition_not_allowed',
    );
    expect((await t.http.post(`/quotes/${answered}/decline`, {}, as(buyer))).body.status).toBe('declined');
  });

  it('rejects a draft that names an unknown SKU, repeats one, or gives both price and discount', async () => {
    const { quote } = await requestQuote();
    await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
    const put = (lines: object[]) => t.http.put(`/staff/quotes/${quote.id}/draft`, { lines }, as(consultant));
    const unknown = await put([{ sku: 'NOPE-1', quantity: 1 }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'lines[0].sku', code: 'unknown_sku' });
    expect(
      (
        await put([
          { sku: 'QT-0001', quantity: 1 },
          { sku: 'QT-0001', quantity: 2 },
        ])
      ).body.details[0].code,
    ).toBe('duplicate_sku');
    expect((await put([{ sku: 'QT-0001', quantity: 1, unitPriceOre: 1, discountPercent: 5 }])).status).toBe(400);
    expect((await put([{ sku: 'QT-0001', quantity: 1, discountPercent: 100 }])).status).toBe(400);
    const past = await t.http.put(
      `/staff/quotes/${quote.id}/draft`,
      { lines: [], validUntil: '2020-01-01T00:00:00Z' },
      as(consultant),
    );
    expect(past.body.details[0].field).toBe('validUntil');
    await put([]);
    expect((await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant))).body.code).toBe(
      'quote_draft_empty',
    );
  });

  it('flags overdue quotes in the queue and filters by it', async () => {
    const { quote } = await requestQuote();
    await t.sql(`UPDATE quotes SET due_at = now() - interval '2 hours' WHERE id = $1`, [quote.id]);
    const overdue = await t.http.get<StaffQuoteSummary[]>('/staff/quotes?overdue=true', as(consultant));
    const row = overdue.body.find((q) => q.id === quote.id);
    expect(row).toMatchObject({ overdue: true });
    expect(row?.timeLeftMs).toBeLessThan(-1.9 * HOUR);
    expect(overdue.body.every((q) => q.overdue)).toBe(true);
    const onTime = await t.http.get<StaffQuoteSummary[]>('/staff/quotes?overdue=false', as(consultant));
    expect(onTime.body.map((q) => q.id)).not.toContain(quote.id);
    const bad = await t.http.get('/staff/quotes?status=bogus', as(consultant));
    expect(bad.status).toBe(400);
    const metrics = await t.http.get('/staff/metrics/quotes', as(consultant));
    expect(metrics.status).toBe(200);
    expect(metrics.body.overdueCount).toBeGreaterThanOrEqual(1);
    expect(metrics.body.openCount).toBeGreaterThanOrEqual(metrics.body.overdueCount);
  });

  it('expires an answered offer past its validity on read, on accept and on the schedule', async () => {
    const onRead = await answeredQuote();
    await t.sql(`UPDATE quotes SET valid_until = now() - interval '1 minute' WHERE id = $1`, [onRead]);
    expect((await t.http.get(`/quotes/${onRead}`, as(viewer))).body.status).toBe('expired');

    const onAccept = await answeredQuote();
    await t.sql(`UPDATE quotes SET valid_until = now() - interval '1 minute' WHERE id = $1`, [onAccept]);
    const accept = await t.http.post(`/quotes/${onAccept}/accept`, {}, as(buyer));
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('quote_expired');
    expect((await t.sql(`SELECT status FROM quotes WHERE id = $1`, [onAccept]))[0]).toEqual({ status: 'expired' });

    const swept = await answeredQuote();
    const stillValid = await answeredQuote();
    await t.sql(`UPDATE quotes SET valid_until = now() - interval '1 minute' WHERE id = $1`, [swept]);
    // Two instances sweeping at once: each row changes (and is audited) exactly once.
    const counts = await Promise.all([t.app.get(QuoteExpiry).sweep(), t.app.get(QuoteExpiry).sweep()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    const statuses = await t.sql<{ id: string; status: string }>(
      `SELECT id, status FROM quotes WHERE id = ANY($1::uuid[])`,
      [[swept, stillValid]],
    );
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({
      [swept]: 'expired',
      [stillValid]: 'answered',
    });
    expect(await auditedTransitions(swept)).toContain('answered>expired');
  });

  it("expires on a customer's read only that company's offers", async () => {
    const id = await answeredQuote();
    await t.sql(`UPDATE quotes SET valid_until = now() - interval '1 minute' WHERE id = $1`, [id]);
    expect((await t.http.get('/quotes', as(otherCompany))).status).toBe(200);
    expect((await t.http.get(`/quotes/${id}`, as(otherCompany))).status).toBe(404);
    expect((await t.sql(`SELECT status FROM quotes WHERE id = $1`, [id]))[0]).toEqual({ status: 'answered' });
    const own = await t.http.get<QuoteSummary[]>('/quotes', as(viewer));
    expect(own.body.find((q) => q.id === id)?.status).toBe('expired');
  });

  it("keeps quotes to their company: another company's quote is 404 everywhere", async () => {
    const id = await answeredQuote();
    const other = as(otherCompany);
    expect((await t.http.get(`/quotes/${id}`, other)).status).toBe(404);
    expect((await t.http.post(`/quotes/${id}/comments`, { body: 'x' }, other)).status).toBe(404);
    expect((await t.http.post(`/quotes/${id}/accept`, {}, other)).status).toBe(404);
    expect((await t.http.post(`/quotes/${id}/decline`, {}, other)).status).toBe(404);
    expect((await t.http.post(`/quotes/${id}/cancel`, {}, other)).status).toBe(404);
    expect((await t.http.get<QuoteSummary[]>('/quotes', other)).body.map((q) => q.id)).not.toContain(id);
    expect((await t.http.get(`/quotes/${id}`, as(buyer))).body.status).toBe('answered');
  });

  it('keeps each side to its routes', async () => {
    const id = await answeredQuote();
    expect((await t.http.post(`/quotes/${id}/accept`, {}, as(viewer))).status).toBe(403);
    expect((await t.http.post(`/quotes/${id}/comments`, { body: 'x' }, as(viewer))).status).toBe(403);
    expect((await t.http.get('/staff/quotes', as(buyer))).status).toBe(403);
    expect((await t.http.post(`/staff/quotes/${id}/comments`, { body: 'x' }, as(buyer))).status).toBe(403);
    expect((await t.http.put(`/staff/quotes/${id}/draft`, { lines: [] }, as(admin))).status).toBe(403);
    expect((await t.http.get('/staff/metrics/quotes', as(buyer))).status).toBe(403);
    expect((await t.http.post(`/quotes/${id}/accept`, {}, as(consultant))).status).toBe(403);
  });

  it('measures the share answered within 24 hours and the median answer time', async () => {
    const { quote } = await requestQuote();
    await t.http.post(`/staff/quotes/${quote.id}/claim`, {}, as(consultant));
    await t.http.post(`/staff/quotes/${quote.id}/publish`, {}, as(consultant));
    // Pretend every other answer so far was late: 30 h after its request.
    await t.sql(
      `UPDATE quote_revisions SET cycle_started_at = published_at - interval '30 hours',
         due_at = published_at - interval '6 hours' WHERE quote_id <> $1`,
      [quote.id],
    );
    const metrics = (await t.http.get('/staff/metrics/quotes?days=30', as(consultant))).body;
    expect(metrics.answeredWithin24hCount).toBe(1);
    expect(metrics.answeredWithin24hShare).toBeCloseTo(1 / (metrics.answeredCount + metrics.overdueCount));
    expect(metrics.medianAnswerMs).toBe(30 * HOUR);
  });
});
