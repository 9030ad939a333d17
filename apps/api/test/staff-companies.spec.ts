import type { CompanyAuditPage, StaffCompany, StaffCompanyPage, TokenPair } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

const registration = (
  name: string,
  organisationNumber: string,
  email: string,
  customerType: string,
  userName = 'Hanne Hemmelig',
) => ({
  company: {
    name,
    organisationNumber,
    customerType,
    phone: '+47 90 00 00 01',
    billingAddress: { line1: 'Elvegata 3', postalCode: '9008', city: 'Tromsø', country: 'NO' },
  },
  user: { name: userName, email, password: 'very-secret-10' },
});

describe('staff: companies, verification, erasure and the audit log', () => {
  let t: TestApp;
  let shopAdmin: string;
  let consultant: string;

  beforeAll(async () => {
    t = await startTestApp();
    shopAdmin = await t.http.tokenFor('admin@lumen.test');
    consultant = await t.http.tokenFor('consultant@lumen.test');
  });
  afterAll(() => t.close());

  const register = async (...args: Parameters<typeof registration>) => {
    const response = await t.http.post<TokenPair>('/auth/register', registration(...args));
    expect(response.status).toBe(201);
    const me = await t.http.get('/me', { token: response.body.accessToken });
    return { session: response.body, companyId: me.body.company.id as string, userId: me.body.user.id as string };
  };

  describe('company list', () => {
    it('lists every company to staff, searchable by name and organisation number, filtered by status and tier', async () => {
      const all = await t.http.get<StaffCompanyPage>('/staff/companies', { token: consultant });
      expect(all.status).toBe(200);
      expect(all.body.items.map((c) => c.name)).toEqual(
        expect.arrayContaining(['Nordlys Elektro AS', 'Fjord Bygg AS']),
      );
      const byName = await t.http.get<StaffCompanyPage>('/staff/companies?q=nordlys', { token: consultant });
      expect(byName.body.items.map((c) => c.name)).toEqual(['Nordlys Elektro AS']);
      expect(byName.body.items[0]).toMatchObject({ tier: 'gold', userCount: 4 });
      const byNumber = await t.http.get<StaffCompanyPage>('/staff/companies?q=9747', { token: consultant });
      expect(byNumber.body.items.map((c) => c.name)).toEqual(['Fjord Bygg AS']);
      const gold = await t.http.get<StaffCompanyPage>('/staff/companies?tier=gold', { token: shopAdmin });
      expect(gold.body.items.every((c) => c.tier === 'gold')).toBe(true);
      expect(gold.body.total).toBe(gold.body.items.length);
      const wildcard = await t.http.get<StaffCompanyPage>('/staff/companies?q=%25', { token: shopAdmin });
      expect(wildcard.body.items).toEqual([]);
    });

    it('pages with a total', async () => {
      const first = await t.http.get<StaffCompanyPage>('/staff/companies?pageSize=1', { token: shopAdmin });
      const second = await t.http.get<StaffCompanyPage>('/staff/companies?pageSize=1&page=2', { token: shopAdmin });
      expect(first.body.items).toHaveLength(1);
      expect(second.body.items).toHaveLength(1);
      expect(first.body.items[0].id).not.toBe(second.body.items[0].id);
      expect(second.body.total).toBe(first.body.total);
      const beyond = await t.http.get<StaffCompanyPage>('/staff/companies?pageSize=1&page=999', { token: shopAdmin });
      expect(beyond.body).toMatchObject({ items: [], total: first.body.total });
    });

    it('refuses a bad filter, naming the field', async () => {
      const response = await t.http.get('/staff/companies?status=sleeping', { token: shopAdmin });
      expect(response.status).toBe(400);
      expect(response.body.details[0].field).toBe('status');
    });

    it('is for staff only', async () => {
      const admin = await t.http.tokenFor('admin@nordlys.test');
      expect((await t.http.get('/staff/companies', { token: admin })).status).toBe(403);
      expect((await t.http.get('/staff/companies')).status).toBe(401);
    });
  });

  describe('verification', () => {
    it('lets a shop admin verify a pending non-VAT-registered company so that its users may order; audited', async () => {
      const pending = await register(
        'Venter Enkeltperson',
        '915232493',
        'vilde@venter.test',
        'non_vat_registered',
        'Vilde Venter',
      );
      const before = await t.http.get('/company', { token: pending.session.accessToken });
      expect(before.body).toMatchObject({ status: 'pending_verification', canOrder: false });
      const listed = await t.http.get<StaffCompanyPage>('/staff/companies?status=pending_verification', {
        token: consultant,
      });
      expect(listed.body.items.map((c) => c.id)).toContain(pending.companyId);

      expect(
        (await t.http.post(`/staff/companies/${pending.companyId}/verify`, undefined, { token: consultant })).status,
      ).toBe(403);
      const verified = await t.http.post<StaffCompany>(`/staff/companies/${pending.companyId}/verify`, undefined, {
        token: shopAdmin,
      });
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ status: 'active' });
      expect(verified.body.verifiedAt).not.toBeNull();

      const after = await t.http.get('/company', { token: pending.session.accessToken });
      expect(after.body).toMatchObject({ status: 'active', canOrder: true });
      const me = await t.http.get('/me', { token: pending.session.accessToken });
      expect(me.body.rules).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'place', subject: 'Order' })]),
      );

      const again = await t.http.post(`/staff/companies/${pending.companyId}/verify`, undefined, { token: shopAdmin });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('not_pending_verification');

      const audit = await t.http.get<CompanyAuditPage>(`/staff/companies/${pending.companyId}/audit`, {
        token: consultant,
      });
      expect(audit.status).toBe(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'company.verified',
        actor: { name: 'Ingrid Lumen' },
        before: { status: 'pending_verification' },
        after: { status: 'active' },
      });
    });

    it('answers 404 for a company that does not exist', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope'])
        expect((await t.http.post(`/staff/companies/${id}/verify`, undefined, { token: shopAdmin })).status).toBe(404);
      expect((await t.http.get(`/staff/companies/nope/audit`, { token: shopAdmin })).status).toBe(404);
    });
  });

  describe('staff accounts', () => {
    it('lets a shop admin invite a consultant who sets a password and works the staff area', async () => {
      const created = await t.http.post(
        '/staff/users',
        { name: 'Kai Konsulent', email: 'Kai@Lumen.test', staffRole: 'consultant' },
        { token: shopAdmin },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ email: 'kai@lumen.test', staffRole: 'consultant', invitationPending: true });
      const [mail] = await t.sql<{ body: string }>(
        `SELECT body FROM outbox_messages WHERE kind = 'invitation' AND recipient = 'kai@lumen.test'`,
      );
      const token = invitationToken(mail.body);
      const accepted = await t.http.post<TokenPair>('/auth/invitations/accept', { token, password: 'consultant-10' });
      expect(accepted.status).toBe(200);
      const me = await t.http.get('/me', { token: accepted.body.accessToken });
      expect(me.body.user.staffRole).toBe('consultant');
      expect((await t.http.get('/staff/companies', { token: accepted.body.accessToken })).status).toBe(200);
    });

    it('is for shop admins only, and refuses a company on a staff account', async () => {
      const body = { name: 'Ola', email: 'ola@lumen.test', staffRole: 'shop_admin' };
      expect((await t.http.post('/staff/users', body, { token: consultant })).status).toBe(403);
      const admin = await t.http.tokenFor('admin@nordlys.test');
      expect((await t.http.post('/staff/users', body, { token: admin })).status).toBe(403);
      const withCompany = await t.http.post(
        '/staff/users',
        { ...body, companyId: '00000000-0000-4000-8000-000000000000' },
        { token: shopAdmin },
      );
      expect(withCompany.status).toBe(400);
      expect(await t.sql(`SELECT 1 FROM users WHERE email = 'ola@lumen.test'`)).toEqual([]);
    });
  });

  describe('account deletion', () => {
    it('can be withdrawn by the company admin before the shop erases it, back to the status it had', async () => {
      const business = await register('Angrer AS', '920000010', 'per@angrer.test', 'business', 'Per Angrer');
      const waiting = await register('Venter ENK', '920000029', 'eva@venter.test', 'non_vat_registered', 'Eva Venter');
      const token = business.session.accessToken;
      expect((await t.http.delete('/company/deletion-request', { token })).status).toBe(409);
      await t.http.post('/company/deletion-request', {}, { token });
      const withdrawn = await t.http.delete('/company/deletion-request', { token });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ status: 'active', canOrder: true, deletionRequestedAt: null });
      expect((await t.http.delete('/company/deletion-request', { token })).body.code).toBe('deletion_not_requested');
      expect(
        (await t.http.post(`/staff/companies/${business.companyId}/erase`, undefined, { token: shopAdmin })).status,
      ).toBe(409);

      await t.http.post('/company/deletion-request', {}, { token: waiting.session.accessToken });
      const back = await t.http.delete('/company/deletion-request', { token: waiting.session.accessToken });
      expect(back.body).toMatchObject({ status: 'pending_verification', canOrder: false });
      const audit = await t.sql<{ action: string }>(
        `SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'company.deletion%' ORDER BY created_at`,
        [business.companyId],
      );
      expect(audit.map((a) => a.action)).toEqual(['company.deletion_requested', 'company.deletion_withdrawn']);
    });

    it('is requested by the company admin only, stops ordering, and is carried out by a shop admin only', async () => {
      const company = await register('Slettes AS', '920000002', 'hanne@slettes.test', 'business');
      const colleague = await t.http.post(
        '/company/users',
        {
          name: 'Kåre Kollega',
          email: 'kare@slettes.test',
          phone: '+47 93 12 34 56',
          roleIds: [(await t.sql<{ id: string }>(`SELECT id FROM roles WHERE built_in_key = 'buyer'`))[0].id],
        },
        { token: company.session.accessToken },
      );
      expect(colleague.status).toBe(201);
      const invitation = await t.sql<{ body: string }>(
        `SELECT body FROM outbox_messages WHERE recipient = 'kare@slettes.test'`,
      );
      const token = invitationToken(invitation[0].body);
      const kare = (await t.http.post<TokenPair>('/auth/invitations/accept', { token, password: 'kare-secret-10' }))
        .body;
      // An order placed before the deletion: it must outlive the erasure, readable to staff.
      const order = await placeOrder(t, company.session.accessToken);
      // A failed login leaves the e-mail in the throttle table: erasure must take that too.
      await t.http.post('/auth/login', { email: 'kare@slettes.test', password: 'wrong-password' });

      expect(
        (await t.http.post(`/staff/companies/${company.companyId}/erase`, undefined, { token: shopAdmin })).status,
      ).toBe(409);
      expect((await t.http.post('/company/deletion-request', {}, { token: kare.accessToken })).status).toBe(403);
      const requested = await t.http.post(
        '/company/deletion-request',
        { reason: 'Closing down' },
        { token: company.session.accessToken },
      );
      expect(requested.status).toBe(200);
      expect(requested.body).toMatchObject({ status: 'deletion_requested', canOrder: false });
      // The policy refuses before anything else is looked at: no order while deletion is pending.
      const refused = await t.http.post(
        '/orders',
        { deliveryAddressId: '00000000-0000-4000-8000-000000000000', shippingMethod: 'standard' },
        { token: company.session.accessToken, headers: { 'idempotency-key': 'after-deletion-request' } },
      );
      expect(refused.status).toBe(403);
      expect((await t.http.post('/company/deletion-request', {}, { token: company.session.accessToken })).status).toBe(
        409,
      );

      expect(
        (await t.http.post(`/staff/companies/${company.companyId}/erase`, undefined, { token: consultant })).status,
      ).toBe(403);
      const erased = await t.http.post<StaffCompany>(`/staff/companies/${company.companyId}/erase`, undefined, {
        token: shopAdmin,
      });
      expect(erased.status).toBe(200);
      expect(erased.body).toMatchObject({ status: 'deleted', name: 'Slettes AS', contactEmail: null });

      // The erasure notice went to the admin's address as it was; once sent, the outbox forgets it too.
      const [notice] = await t.sql<{ recipient: string }>(
        `SELECT recipient FROM outbox_messages WHERE kind = 'company_erased'`,
      );
      expect(notice.recipient).toBe('hanne@slettes.test');
      await t.deliverMail();
      // Nothing in the whole database still names them.
      const leftovers = await findAnywhere(t, [
        'hanne@slettes.test',
        'kare@slettes.test',
        'Hanne Hemmelig',
        'Kåre Kollega',
        '93 12 34 56',
      ]);
      expect(leftovers).toEqual([]);

      // No way in: sessions, refresh tokens, logins, password resets (tried after the scan: a failed login records the typed e-mail).
      expect((await t.http.get('/me', { token: company.session.accessToken })).status).toBe(401);
      expect((await t.http.get('/me', { token: kare.accessToken })).status).toBe(401);
      expect((await t.http.post('/auth/refresh', { refreshToken: kare.refreshToken })).status).toBe(401);
      expect(
        (await t.http.post('/auth/login', { email: 'hanne@slettes.test', password: 'very-secret-10' })).status,
      ).toBe(401);
      expect(
        (await t.http.post('/auth/login', { email: 'kare@slettes.test', password: 'kare-secret-10' })).status,
      ).toBe(401);
      expect((await t.http.post('/auth/password/forgot', { email: 'kare@slettes.test' })).status).toBe(202);
      expect(await t.sql(`SELECT 1 FROM outbox_messages WHERE recipient = 'kare@slettes.test'`)).toEqual([]);

      // The company and its user rows stay (orders, invoices and the audit log point at them).
      const rows = await t.sql(`SELECT name, email, phone, password_hash, active FROM users WHERE company_id = $1`, [
        company.companyId,
      ]);
      expect(rows).toHaveLength(2);
      for (const row of rows)
        expect(row).toMatchObject({
          name: 'Erased user',
          phone: null,
          password_hash: null,
          active: false,
          email: expect.stringMatching(/@erased\.invalid$/),
        });
      const kept = await t.http.get(`/orders/${order.id}`, { token: consultant });
      expect(kept.status).toBe(200);
      expect(kept.body).toMatchObject({ id: order.id, totals: order.totals });
      expect(await t.sql(`SELECT company_id FROM orders WHERE id = $1`, [order.id])).toEqual([
        { company_id: company.companyId },
      ]);
      const listed = await t.http.get<StaffCompanyPage>('/staff/companies?status=deleted', { token: consultant });
      expect(listed.body.items.map((c) => c.name)).toContain('Slettes AS');
      const audit = await t.http.get<CompanyAuditPage>(`/staff/companies/${company.companyId}/audit`, {
        token: consultant,
      });
      expect(audit.body.items.map((e) => e.action)).toEqual(
        expect.arrayContaining(['company.erased', 'company.deletion_requested', 'user.created']),
      );
      expect(audit.body.items.find((e) => e.action === 'company.deletion_requested')).toMatchObject({
        actor: { name: 'Erased user' },
        reason: 'Closing down',
      });
    });
  });
});

/** The token of the invitation link in an e-mail body. */
function invitationToken(body: string): string {
  const match = /accept-invitation\?token=(\S+)/.exec(body);
  if (!match) throw new Error('no invitation link in the e-mail');
  return decodeURIComponent(match[1]);
}

/** Puts one product in the cart and checks out to a new delivery address. */
async function placeOrder(t: TestApp, token: string): Promise<{ id: string; totals: unknown }> {
  const [product] = await t.sql<{ sku: string }>(
    `SELECT sku FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock' ORDER BY sku LIMIT 1`,
  );
  expect((await t.http.post('/cart/items', { sku: product.sku, quantity: 2 }, { token })).status).toBe(200);
  const address = await t.http.post(
    '/company/addresses',
    { label: 'Verksted', line1: 'Verkstedveien 2', postalCode: '9008', city: 'Tromsø', country: 'NO' },
    { token },
  );
  expect(address.status).toBe(201);
  const order = await t.http.post(
    '/orders',
    { deliveryAddressId: address.body.id, shippingMethod: 'standard' },
    { token, headers: { 'idempotency-key': `erasure-${address.body.id}` } },
  );
  expect(order.status).toBe(201);
  return order.body;
}

/** Every text or JSON column of every table in the public schema that still holds one of `needles`. */
async function findAnywhere(t: TestApp, needles: string[]): Promise<string[]> {
  const columns = await t.sql<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables tb ON tb.table_name = c.table_name AND tb.table_schema = c.table_schema
     WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
       AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`,
  );
  const found: string[] = [];
  for (const { table_name, column_name } of columns) {
    const rows = await t.sql<{ hits: number }>(
      `SELECT count(*)::int AS hits FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1)`,
      [needles.map((n) => `%${n}%`)],
    );
    if (rows[0].hits > 0) found.push(`${table_name}.${column_name}`);
  }
  return found;
}
