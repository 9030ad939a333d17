import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type {
  BillCaseResponse,
  CaseDetail,
  CaseMetrics,
  CasePage,
  InvoicePage,
  StaffCasePage,
} from '@lumen/shared/contracts';
import { validateEhf } from './support/peppol-validate';
import { statementsDuring } from './support/sql-statements';
import { startTestApp, type TestApp } from './support/test-app';

const run = promisify(execFile);

describe('service desk', () => {
  let t: TestApp;
  let buyer: string;
  let viewer: string;
  let otherAdmin: string;
  let consultant: string;
  let shopAdmin: string;
  let nordlys: string;
  let nordlysObjects: { orderId: string; invoiceId: string };

  beforeAll(async () => {
    t = await startTestApp();
    [buyer, viewer, otherAdmin, consultant, shopAdmin] = await Promise.all(
      [
        'buyer@nordlys.test',
        'viewer@nordlys.test',
        'admin@fjordbygg.test',
        'consultant@lumen.test',
        'admin@lumen.test',
      ].map((email) => t.http.tokenFor(email)),
    );
    [{ nordlys }] = await t.sql<{ nordlys: string }>(
      `SELECT company_id AS nordlys FROM users WHERE email = 'buyer@nordlys.test'`,
    );
    [nordlysObjects] = await t.sql<{ orderId: string; invoiceId: string }>(
      `SELECT (SELECT id FROM orders WHERE company_id = $1 LIMIT 1) AS "orderId",
              (SELECT id FROM invoices WHERE company_id = $1 LIMIT 1) AS "invoiceId"`,
      [nordlys],
    );
    expect(nordlysObjects.invoiceId).toBeTruthy();
  });
  afterAll(() => t.close());

  const open = async (body: Record<string, unknown> = {}, token = buyer) => {
    const response = await t.http.post<CaseDetail>(
      '/cases',
      { category: 'technical_support', subject: 'The driver hums', message: 'It hums at 30 % dim', ...body },
      { token },
    );
    expect(response.status).toBe(201);
    return response.body;
  };
  const mails = (kind: string) =>
    t.sql<{ recipient: string; subject: string; body: string }>(
      `SELECT recipient, subject, body FROM outbox_messages WHERE kind = $1 ORDER BY created_at`,
      [kind],
    );
  const audit = (caseId: string) =>
    t.sql<{ action: string }>(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at, action`, [caseId]);

  describe('a customer opens a case', () => {
    it('numbers it in its own series, sets the first answer due in one business day, and lists it for the company', async () => {
      const [order] = await t.sql<{ id: string; number: string; line: string }>(
        `SELECT o.id, o.number, (SELECT l.id FROM order_lines l WHERE l.order_id = o.id LIMIT 1) AS line
         FROM orders o WHERE o.company_id = $1 LIMIT 1`,
        [nordlys],
      );
      const created = await open({ category: 'order_change', orderId: order.id, orderLineId: order.line });
      expect(created.number).toMatch(/^C-\d{6}$/);
      expect(created).toMatchObject({
        status: 'open',
        category: 'order_change',
        order: { id: order.id, number: Number(order.number) },
        orderLineId: order.line,
        awaitingStaff: true,
        messageCount: 1,
        overdue: false,
        assignee: null,
        linked: [],
      });
      expect(Date.parse(created.firstAnswerDueAt ?? '')).toBeGreaterThan(Date.parse(created.openedAt));
      expect(created.service).toBeUndefined();
      const list = await t.http.get<CasePage>('/cases', { token: viewer });
      expect(list.status).toBe(200);
      expect(list.body.items.map((c) => c.id)).toContain(created.id);
      // Another company sees neither the case nor its list entry.
      expect((await t.http.get(`/cases/${created.id}`, { token: otherAdmin })).status).toBe(404);
      const theirs = await t.http.get<CasePage>('/cases', { token: otherAdmin });
      expect(theirs.body.items.map((c) => c.id)).not.toContain(created.id);
      expect((await audit(created.id)).map((a) => a.action)).toEqual(
        expect.arrayContaining(['case.opened', 'case.customer_message']),
      );
    });

    it('refuses a bad category, an empty or too long subject, and a line without its order', async () => {
      const bad = await t.http.post('/cases', { category: 'complaint', subject: 's', message: 'm' }, { token: buyer });
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'category', code: 'isIn' })]);
      const long = await t.http.post('/cases', { category: 'other', subject: 'x'.repeat(201), message: 'm' }, { token: buyer });
      expect(long.body.details).toEqual([expect.objectContaining({ field: 'subject', code: 'maxLength' })]);
      const lineOnly = await t.http.post(
        '/cases',
        { category: 'other', subject: 's', message: 'm', orderLineId: '00000000-0000-4000-8000-000000000000' },
        { token: buyer },
      );
      expect(lineOnly.body.details).toEqual([expect.objectContaining({ field: 'orderId' })]);
    });

    it("refuses a case about another company's order or invoice with 404, writing nothing", async () => {
      const [before] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases`);
      // Fjord Bygg's admin names Nordlys's order and invoice.
      for (const link of [{ orderId: nordlysObjects.orderId }, { invoiceId: nordlysObjects.invoiceId }]) {
        const refused = await t.http.post('/cases', { category: 'invoice_question', subject: 's', message: 'm', ...link }, {
          token: otherAdmin,
        });
        expect(refused.status).toBe(404);
      }
      const [after] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases`);
      expect(after.n).toBe(before.n);
    });

    it('refuses a 1 MB message with message_too_long, as JSON and as multipart, and one just over 10,000 characters', async () => {
      const [before] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_messages`);
      const megabyte = 'x'.repeat(1024 * 1024);
      const json = await t.http.post('/cases', { category: 'other', subject: 's', message: megabyte }, { token: buyer });
      expect(json.status).toBe(422);
      expect(json.body).toMatchObject({ code: 'message_too_long', details: [{ field: 'message' }] });
      const form = new FormData();
      form.append('category', 'other');
      form.append('subject', 's');
      form.append('message', megabyte);
      const multipart = await t.http.post('/cases', form, { token: buyer });
      expect(multipart.status).toBe(422);
      expect(multipart.body).toMatchObject({ code: 'message_too_long', details: [{ field: 'message' }] });
      const justOver = await t.http.post('/cases', { category: 'other', subject: 's', message: 'y'.repeat(10_001) }, {
        token: buyer,
      });
      expect(justOver.body.code).toBe('message_too_long');
      const created = await open();
      const reply = new FormData();
      reply.append('body', megabyte);
      const message = await t.http.post(`/cases/${created.id}/messages`, reply, { token: buyer });
      expect(message.body).toMatchObject({ code: 'message_too_long', details: [{ field: 'body' }] });
      const [after] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM case_messages`);
      expect(after.n).toBe(before.n + 1);
    });

    it('keeps a viewer (no afterSales.request) to reading, and staff off the customer routes', async () => {
      expect((await t.http.post('/cases', { category: 'other', subject: 's', message: 'm' }, { token: viewer })).status).toBe(
        403,
      );
      expect((await t.http.get('/cases', { token: consultant })).status).toBe(403);
    });
  });

  describe('staff work the case', () => {
    it('claim, reply (e-mailed in the customer’s language), customer answer, resolve, reopen, resolve, close', async () => {
      await t.sql(`UPDATE users SET language = 'en' WHERE email = 'buyer@nordlys.test'`);
      const created = await open({ subject: 'Flicker on channel 2' });
      const path = `/staff/cases/${created.id}`;

      const claimed = await t.http.post<CaseDetail>(`${path}/claim`, undefined, { token: consultant });
      expect(claimed.status).toBe(200);
      expect(claimed.body.assignee?.name).toBeTruthy();
      const byOther = await t.http.post(`${path}/claim`, undefined, { token: shopAdmin });
      expect(byOther.status).toBe(409);
      expect(byOther.body.code).toBe('case_claimed_by_other');
      const replyByOther = await t.http.post(`${path}/reply`, { body: 'Mine now' }, { token: shopAdmin });
      expect(replyByOther.body.code).toBe('case_claimed_by_other');

      const replied = await t.http.post<CaseDetail>(
        `${path}/reply`,
        { body: 'Which dimmer do you use?', waitForCustomer: true },
        { token: consultant },
      );
      expect(replied.status).toBe(200);
      expect(replied.body).toMatchObject({ status: 'waiting_for_customer', awaitingStaff: false, firstAnswerDueAt: null });
      expect(replied.body.firstAnsweredAt).not.toBeNull();
      const [mail] = (await mails('case_replied')).filter((m) => m.subject.includes(created.number));
      expect(mail.recipient).toBe('buyer@nordlys.test');
      expect(mail.subject).toBe(`Reply on case ${created.number}: Flicker on channel 2`);
      expect(mail.body).toContain('Which dimmer do you use?');
      expect(mail.body).toContain(`http://portal.test/cases/${created.id}`);

      const answered = await t.http.post<CaseDetail>(`/cases/${created.id}/messages`, { body: 'A Busch-Jaeger 6523' }, {
        token: buyer,
      });
      expect(answered.body).toMatchObject({ status: 'open', awaitingStaff: true, messageCount: 3 });

      const resolved = await t.http.post<CaseDetail>(`${path}/resolve`, undefined, { token: consultant });
      expect(resolved.body.status).toBe('resolved');
      const [resolvedMail] = (await mails('case_resolved')).filter((m) => m.subject.includes(created.number));
      expect(resolvedMail.subject).toBe(`Case ${created.number} is resolved: Flicker on channel 2`);
      expect((await t.http.post(`${path}/reply`, { body: 'x' }, { token: consultant })).body.code).toBe(
        'case_transition_not_allowed',
      );

      // A customer message reopens a resolved case.
      const reopened = await t.http.post<CaseDetail>(`/cases/${created.id}/messages`, { body: 'It is back' }, {
        token: buyer,
      });
      expect(reopened.body.status).toBe('open');
      expect((await t.http.post(`${path}/close`, undefined, { token: consultant })).body.code).toBe(
        'case_transition_not_allowed',
      );
      await t.http.post(`${path}/resolve`, undefined, { token: consultant });
      const closed = await t.http.post<CaseDetail>(`${path}/close`, undefined, { token: consultant });
      expect(closed.body.status).toBe('closed');

      const late = await t.http.post(`${path}/reply`, { body: 'One more thing' }, { token: consultant });
      expect(late.status).toBe(422);
      expect(late.body.code).toBe('case_transition_not_allowed');
      const lateCustomer = await t.http.post(`/cases/${created.id}/messages`, { body: 'Hello?' }, { token: buyer });
      expect(lateCustomer.body.code).toBe('case_transition_not_allowed');

      expect((await audit(created.id)).map((a) => a.action)).toEqual(
        expect.arrayContaining(['case.claimed', 'case.replied', 'case.resolved', 'case.closed']),
      );
      await t.sql(`UPDATE users SET language = 'nb' WHERE email = 'buyer@nordlys.test'`);
    });

    it('e-mails a Norwegian customer in Norwegian', async () => {
      const created = await open({ subject: 'Feil farge' });
      await t.http.post(`/staff/cases/${created.id}/reply`, { body: 'Vi sender ny' }, { token: consultant });
      const [mail] = (await mails('case_replied')).filter((m) => m.subject.includes(created.number));
      expect(mail.subject).toBe(`Svar på sak ${created.number}: Feil farge`);
    });

    it('a customer never sees the service part; staff do', async () => {
      const created = await open();
      await t.http.post(`/staff/cases/${created.id}/time-entries`, { minutes: 5, note: 'internal' }, { token: consultant });
      const customer = await t.http.get<CaseDetail>(`/cases/${created.id}`, { token: buyer });
      expect(customer.body.service).toBeUndefined();
      expect(customer.text).not.toContain('internal');
      const staff = await t.http.get<CaseDetail>(`/staff/cases/${created.id}`, { token: consultant });
      expect(staff.body.service).toMatchObject({ classification: null, totalMinutes: 5, billableUnits: 0, invoice: null });
      expect(staff.body.service?.timeEntries[0]).toMatchObject({ minutes: 5, note: 'internal' });
    });
  });

  describe('service terms and the service invoice', () => {
    it('bills 20 minutes of user error as 2 started 15-minute units on an invoice that passes EHF validation', async () => {
      const created = await open({ subject: 'Settings reset' });
      const path = `/staff/cases/${created.id}`;
      expect((await t.http.post(`${path}/bill`, undefined, { token: consultant })).body.code).toBe('case_not_billable');
      await t.http.post(`${path}/time-entries`, { minutes: 12 }, { token: consultant });
      await t.http.post(`${path}/time-entries`, { minutes: 8 }, { token: consultant });
      await t.http.put(`${path}/classification`, { classification: 'covered' }, { token: consultant });
      expect((await t.http.post(`${path}/bill`, undefined, { token: consultant })).body.code).toBe('case_not_billable');
      const classified = await t.http.put<CaseDetail>(`${path}/classification`, { classification: 'user_error' }, {
        token: consultant,
      });
      expect(classified.body.service).toMatchObject({ totalMinutes: 20, billableUnits: 2 });

      const price = (await t.http.get('/staff/service-settings', { token: consultant })).body.unitPriceOre as number;
      const billed = await t.http.post<BillCaseResponse>(`${path}/bill`, undefined, { token: consultant });
      expect(billed.status).toBe(201);
      expect(billed.body).toMatchObject({ units: 2, grossOre: Math.round(2 * price * 1.25) });
      const again = await t.http.post(`${path}/bill`, undefined, { token: consultant });
      expect(again.status).toBe(422);
      expect(again.body.code).toBe('nothing_to_bill');

      const [line] = await t.sql<{ description: string; quantity: number; unit_price_ore: number; charge: string }>(
        `SELECT description, quantity, unit_price_ore, charge FROM invoice_lines WHERE invoice_id = $1`,
        [billed.body.invoiceId],
      );
      expect(line).toEqual({ description: 'Service, 2 × 15 min', quantity: 2, unit_price_ore: price, charge: 'service' });
      const [row] = await t.sql<{ order_id: string | null; case_id: string; company_id: string }>(
        `SELECT order_id, case_id, company_id FROM invoices WHERE id = $1`,
        [billed.body.invoiceId],
      );
      expect(row).toEqual({ order_id: null, case_id: created.id, company_id: nordlys });

      // The customer finds it among the company's invoices, for its case, and opens it.
      const listed = await t.http.get<InvoicePage>('/invoices', { token: buyer });
      expect(listed.body.items.find((invoice) => invoice.id === billed.body.invoiceId)).toMatchObject({
        order: null,
        serviceCase: { id: created.id, number: created.number },
        grossOre: billed.body.grossOre,
        status: 'open',
      });
      expect((await t.http.get(`/invoices/${billed.body.invoiceId}`, { token: buyer })).status).toBe(200);
      // The customer downloads its PDF and EHF like any invoice's; another company cannot.
      const pdf = await fetch(`${t.http.baseUrl}/invoices/${billed.body.invoiceId}.pdf`, {
        headers: { authorization: `Bearer ${buyer}` },
      });
      expect(pdf.status).toBe(200);
      const xml = await t.http.get(`/invoices/${billed.body.invoiceId}.xml`, { token: buyer });
      expect(xml.status).toBe(200);
      expect((await t.http.get(`/invoices/${billed.body.invoiceId}.xml`, { token: otherAdmin })).status).toBe(404);
      const dir = await mkdtemp(join(tmpdir(), 'service-invoice-'));
      const [pdfFile, xmlFile] = [join(dir, 'service.pdf'), join(dir, 'service.xml')];
      await writeFile(pdfFile, Buffer.from(await pdf.arrayBuffer()));
      await writeFile(xmlFile, xml.text);
      const text = (await run('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' })).stdout;
      expect(text).toContain('Service, 2 × 15 min');
      expect(text).toContain(created.number);
      expect(xml.text).toContain(`<cbc:BuyerReference>${created.number}</cbc:BuyerReference>`);
      expect(await validateEhf([xmlFile])).toEqual({ fatal: [], files: 1 });

      // 11 more minutes make 31: one new started unit, billed alone.
      await t.http.post(`${path}/time-entries`, { minutes: 11 }, { token: consultant });
      const more = await t.http.post<BillCaseResponse>(`${path}/bill`, undefined, { token: consultant });
      expect(more.body.units).toBe(1);
      const detail = await t.http.get<CaseDetail>(path, { token: consultant });
      expect(detail.body.service?.invoice?.id).toBe(more.body.invoiceId);
      expect((await mails('case_billed')).filter((m) => m.subject.includes(created.number))).toHaveLength(2);
      expect((await audit(created.id)).map((a) => a.action)).toEqual(
        expect.arrayContaining(['case.classified', 'case.time_logged', 'case.billed']),
      );
    }, 180_000);

    it('classifies only technical-support cases and refuses a bad classification', async () => {
      const created = await open({ category: 'account' });
      const refused = await t.http.put(`/staff/cases/${created.id}/classification`, { classification: 'user_error' }, {
        token: consultant,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('case_not_billable');
      const bad = await t.http.put(`/staff/cases/${created.id}/classification`, { classification: 'acts_of_god' }, {
        token: consultant,
      });
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'classification' })]);
      const minutes = await t.http.post(`/staff/cases/${created.id}/time-entries`, { minutes: 0 }, { token: consultant });
      expect(minutes.body.details).toEqual([expect.objectContaining({ field: 'minutes' })]);
    });

    it('lets only the shop admin set the service price', async () => {
      expect((await t.http.put('/staff/service-settings', { unitPriceOre: 30000 }, { token: consultant })).status).toBe(403);
      const saved = await t.http.put('/staff/service-settings', { unitPriceOre: 30000 }, { token: shopAdmin });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ unitPriceOre: 30000 });
      expect((await t.http.put('/staff/service-settings', { unitPriceOre: -1 }, { token: shopAdmin })).status).toBe(400);
      await t.http.put('/staff/service-settings', { unitPriceOre: 25000 }, { token: shopAdmin });
    });
  });

  describe('the queue', () => {
    it('sorts unanswered cases by due time, flags and filters overdue ones, and counts the desk', async () => {
      const overdue = await open({ subject: 'Overdue one' });
      await t.sql(`UPDATE cases SET first_answer_due_at = now() - interval '1 hour' WHERE id = $1`, [overdue.id]);
      const queue = await t.http.get<StaffCasePage>('/staff/cases?pageSize=100', { token: consultant });
      expect(queue.status).toBe(200);
      const unanswered = queue.body.items.filter((c) => c.firstAnsweredAt === null);
      const dues = unanswered.map((c) => Date.parse(c.firstAnswerDueAt ?? ''));
      expect(dues).toEqual([...dues].sort((a, b) => a - b));
      // Answered cases come after every unanswered one.
      const firstAnswered = queue.body.items.findIndex((c) => c.firstAnsweredAt !== null);
      if (firstAnswered >= 0) expect(queue.body.items.slice(firstAnswered).every((c) => c.firstAnsweredAt !== null)).toBe(true);
      expect(queue.body.items.find((c) => c.id === overdue.id)).toMatchObject({ overdue: true });
      // Every overdue case sorts before every case still in time.
      const lastOverdue = unanswered.map((c) => c.overdue).lastIndexOf(true);
      expect(unanswered.slice(0, lastOverdue + 1).every((c) => c.overdue)).toBe(true);
      expect(queue.body.counts.overdue).toBeGreaterThanOrEqual(1);

      const onlyOverdue = await t.http.get<StaffCasePage>('/staff/cases?overdue=true', { token: consultant });
      expect(onlyOverdue.body.items.every((c) => c.overdue)).toBe(true);
      expect(onlyOverdue.body.total).toBe(onlyOverdue.body.counts.overdue);
      const mine = await t.http.get<StaffCasePage>('/staff/cases?assignee=me', { token: consultant });
      expect(mine.body.items.every((c) => c.assignee !== null)).toBe(true);
      const support = await t.http.get<StaffCasePage>('/staff/cases?category=technical_support', { token: consultant });
      expect(support.body.items.every((c) => c.category === 'technical_support')).toBe(true);
      for (const status of ['open', 'closed'] as const) {
        const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM cases WHERE status = $1`, [status]);
        const page = await t.http.get<StaffCasePage>(`/staff/cases?status=${status}`, { token: consultant });
        expect(page.body.total).toBe(n);
        expect(page.body.items.every((c) => c.status === status)).toBe(true);
      }
      const beyond = await t.http.get<StaffCasePage>('/staff/cases?page=500', { token: consultant });
      expect(beyond.body).toMatchObject({ items: [], total: queue.body.total, counts: queue.body.counts });
      expect((await t.http.get('/staff/cases?category=nope', { token: consultant })).status).toBe(400);
      expect((await t.http.get('/staff/cases?assignee=someone', { token: consultant })).status).toBe(400);
    });

    it('answers a page of the queue and of the company list in the same statements for 3 cases or 30 (no N+1)', async () => {
      const countFor = async (path: string, token: string) =>
        (await statementsDuring(() => t.http.get(path, { token }))).filter((s) => !/^(BEGIN|COMMIT|ROLLBACK)/.test(s))
          .length;
      const small = [await countFor('/staff/cases?pageSize=3', consultant), await countFor('/cases?pageSize=3', buyer)];
      for (let i = 0; i < 30; i++) await open({ subject: `Bulk ${i}` });
      const large = [await countFor('/staff/cases?pageSize=30', consultant), await countFor('/cases?pageSize=30', buyer)];
      expect(large).toEqual(small);
      expect(small[0]).toBeLessThanOrEqual(3);
    });

    it('reports the share of cases answered in time for the dashboard', async () => {
      const inTime = await open({ subject: 'Quick one' });
      await t.http.post(`/staff/cases/${inTime.id}/reply`, { body: 'Done' }, { token: consultant });
      const late = await open({ subject: 'Slow one' });
      await t.sql(`UPDATE cases SET first_answer_due_at = now() - interval '1 minute' WHERE id = $1`, [late.id]);
      await t.http.post(`/staff/cases/${late.id}/reply`, { body: 'Sorry' }, { token: consultant });
      const metrics = await t.http.get<CaseMetrics>('/staff/metrics/cases?days=7', { token: consultant });
      expect(metrics.status).toBe(200);
      const [expected] = await t.sql<{ answered: number; in_time: number }>(
        `SELECT count(*)::int AS answered, count(*) FILTER (WHERE first_answered_at <= first_answer_due_at)::int AS in_time
         FROM cases WHERE first_answered_at >= now() - interval '7 days'`,
      );
      expect(metrics.body).toMatchObject({
        windowDays: 7,
        answered: expected.answered,
        answeredInTime: expected.in_time,
        shareAnsweredInTime: expected.in_time / expected.answered,
      });
      expect(metrics.body.answeredInTime).toBeLessThan(metrics.body.answered);
    });
  });
});
