import type {
  CompanyAddress,
  CompanyRole,
  CompanyUser,
  TokenPair,
} from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/** The newest invitation link mailed to `email`, as the invitee would click it. */
async function invitationTokenFor(t: TestApp, email: string): Promise<string> {
  const [mail] = await t.sql<{ body: string }>(
    `SELECT body FROM outbox_messages WHERE kind = 'invitation' AND recipient = $1 ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  const match = /http:\/\/portal\.test\/accept-invitation\?token=([^\s]+)/.exec(
    mail?.body ?? '',
  );
  if (!match) throw new Error(`no invitation link mailed to ${email}`);
  return decodeURIComponent(match[1]);
}

describe('company accounts over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let nordlysId: string;
  let builtIn: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.http.tokenFor('admin@nordlys.test');
    [{ id: nordlysId }] = await t.sql<{ id: string }>(
      `SELECT id FROM companies WHERE name = 'Nordlys Elektro AS'`,
    );
    const roles = await t.sql<{ id: string; built_in_key: string }>(
      `SELECT id, built_in_key FROM roles WHERE company_id IS NULL`,
    );
    builtIn = Object.fromEntries(roles.map((r) => [r.built_in_key, r.id]));
  });
  afterAll(() => t.close());

  const createEmployee = async (
    email: string,
    roleKeys: string[],
    token = admin,
  ) => {
    const response = await t.http.post<CompanyUser>(
      '/company/users',
      { name: `Test ${email}`, email, roleIds: roleKeys.map((k) => builtIn[k]) },
      { token },
    );
    expect(response.status).toBe(201);
    return response.body;
  };

  const acceptInvitation = async (email: string) => {
    const response = await t.http.post<TokenPair>('/auth/invitations/accept', {
      token: await invitationTokenFor(t, email),
      password: 'invited-secret-10',
    });
    expect(response.status).toBe(200);
    return response.body;
  };

  describe('profile', () => {
    it('shows the company with whether it may order, and lets the admin edit name, e-mail and phone', async () => {
      const before = await t.http.get('/company', { token: admin });
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({
        name: 'Nordlys Elektro AS',
        tier: 'gold',
        status: 'active',
        canOrder: true,
      });
      const patched = await t.http.patch(
        '/company',
        { name: 'Nordlys Elektro AS ', contactEmail: 'Post@Nordlys.test', phone: '+47 22 00 11 22' },
        { token: admin },
      );
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({
        name: 'Nordlys Elektro AS',
        contactEmail: 'post@nordlys.test',
        phone: '+47 22 00 11 22',
      });
    });

    it('refuses a bad phone number, naming the field', async () => {
      const response = await t.http.patch('/company', { phone: 'call me' }, { token: admin });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        expect.objectContaining({ field: 'phone' }),
      ]);
    });

    it('lets every employee read the profile but only the admin change it', async () => {
      const viewer = await t.http.tokenFor('viewer@nordlys.test');
      expect((await t.http.get('/company', { token: viewer })).status).toBe(200);
      expect(
        (await t.http.patch('/company', { name: 'Hijacked' }, { token: viewer })).status,
      ).toBe(403);
    });

    it('refuses staff on the customer routes (they act for the shop), as every customer route does', async () => {
      const staff = await t.http.tokenFor('consultant@lumen.test');
      // Staff may read all, so the policy lets them by; the customer-only guard answers.
      for (const path of ['/company', '/company/addresses', '/company/users', '/company/roles']) {
        const response = await t.http.get(path, { token: staff });
        expect([path, response.status, response.body.code]).toEqual([path, 403, 'customer_only']);
      }
    });
  });

  describe('mass assignment', () => {
    const companyRow = () =>
      t.sql(`SELECT name, tier, status, organisation_number FROM companies WHERE id = $1`, [nordlysId]);

    it.each([
      ['tier', { tier: 'platinum' }],
      ['status', { status: 'active' }],
      ['companyId', { companyId: '00000000-0000-4000-8000-000000000000' }],
      ['organisationNumber', { organisationNumber: '974760673' }],
      ['an unknown field', { isVip: true }],
    ])('refuses %s on the company profile with 400 and changes nothing', async (_label, extra) => {
      const before = await companyRow();
      const response = await t.http.patch('/company', { name: 'Changed AS', ...extra }, { token: admin });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: 'unknown_field' })]),
      );
      expect(await companyRow()).toEqual(before);
    });

    it.each([
      ['staffRole', { staffRole: 'shop_admin' }],
      ['companyId', { companyId: '00000000-0000-4000-8000-000000000000' }],
      ['roles', { roles: ['admin'] }],
      ['passwordHash', { passwordHash: 'x' }],
    ])('refuses %s when creating an employee and creates nobody', async (_label, extra) => {
      const response = await t.http.post(
        '/company/users',
        { name: 'Sneaky', email: 'sneaky@nordlys.test', roleIds: [builtIn['viewer']], ...extra },
        { token: admin },
      );
      expect(response.status).toBe(400);
      expect(await t.sql(`SELECT 1 FROM users WHERE email = 'sneaky@nordlys.test'`)).toEqual([]);
    });

    it('refuses staffRole and e-mail when changing an employee and changes nothing', async () => {
      const [viewer] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'viewer@nordlys.test'`);
      for (const extra of [{ staffRole: 'shop_admin' }, { email: 'new@nordlys.test' }, { companyId: nordlysId }]) {
        const response = await t.http.patch(`/company/users/${viewer.id}`, { name: 'Vera', ...extra }, { token: admin });
        expect(response.status).toBe(400);
      }
      expect(
        await t.sql(`SELECT name, staff_role, email FROM users WHERE id = $1`, [viewer.id]),
      ).toEqual([{ name: 'Vera Leser', staff_role: null, email: 'viewer@nordlys.test' }]);
    });

    it('refuses companyId and kind on an address', async () => {
      const response = await t.http.post(
        '/company/addresses',
        { line1: 'Gate 1', postalCode: '0150', city: 'Oslo', country: 'NO', kind: 'billing' },
        { token: admin },
      );
      expect(response.status).toBe(400);
    });

    it('refuses tier and status in a registration and registers nothing', async () => {
      const response = await t.http.post('/auth/register', {
        company: {
          name: 'Sneaky AS',
          organisationNumber: '981566378',
          customerType: 'non_vat_registered',
          phone: '+47 99 88 77 66',
          tier: 'platinum',
          status: 'active',
          billingAddress: { line1: 'Gate 1', postalCode: '0150', city: 'Oslo', country: 'NO' },
        },
        user: { name: 'Sneaky', email: 'sneaky@sneaky.test', password: 'very-secret-10' },
      });
      expect(response.status).toBe(400);
      expect(await t.sql(`SELECT 1 FROM companies WHERE name = 'Sneaky AS'`)).toEqual([]);
    });
  });

  describe('address book', () => {
    const list = async () =>
      (await t.http.get<CompanyAddress[]>('/company/addresses', { token: admin })).body;
    const one = async (match: (a: CompanyAddress) => boolean) => {
      const found = (await list()).find(match);
      if (!found) throw new Error('no such address in the book');
      return found;
    };

    it('holds one billing address and delivery addresses of which exactly one is the default', async () => {
      const addresses = await list();
      expect(addresses.filter((a) => a.kind === 'billing')).toHaveLength(1);
      expect(addresses.filter((a) => a.isDefault)).toHaveLength(1);
      expect(addresses.find((a) => a.isDefault)?.kind).toBe('delivery');
    });

    it('moves the default when a new address is made the default', async () => {
      const created = await t.http.post<CompanyAddress>(
        '/company/addresses',
        { label: 'Ny hall', line1: 'Hallveien 1', postalCode: '0580', city: 'Oslo', country: 'NO', isDefault: true },
        { token: admin },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind: 'delivery', isDefault: true });
      const defaults = (await list()).filter((a) => a.isDefault);
      expect(defaults.map((a) => a.id)).toEqual([created.body.id]);
    });

    it('keeps a default: unsetting it is refused, deleting it hands over to another', async () => {
      const current = await one((a) => a.isDefault);
      const unset = await t.http.patch(`/company/addresses/${current.id}`, { isDefault: false }, { token: admin });
      expect(unset.status).toBe(409);
      expect(unset.body.code).toBe('default_address_required');

      const removed = await t.http.delete(`/company/addresses/${current.id}`, { token: admin });
      expect(removed.status).toBe(204);
      const after = await list();
      expect(after.map((a) => a.id)).not.toContain(current.id);
      expect(after.filter((a) => a.isDefault)).toHaveLength(1);
      // Soft delete: the row stays for the orders that copied it.
      expect(
        await t.sql(`SELECT deleted_at IS NOT NULL AS deleted FROM addresses WHERE id = $1`, [current.id]),
      ).toEqual([{ deleted: true }]);
    });

    it('never deletes the billing address, but lets it be edited', async () => {
      const billing = await one((a) => a.kind === 'billing');
      const removed = await t.http.delete(`/company/addresses/${billing.id}`, { token: admin });
      expect(removed.status).toBe(409);
      expect(removed.body.code).toBe('billing_address_required');
      const edited = await t.http.patch<CompanyAddress>(
        `/company/addresses/${billing.id}`,
        { line1: 'Storgata 14' },
        { token: admin },
      );
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ kind: 'billing', line1: 'Storgata 14' });
      const asDefault = await t.http.patch(`/company/addresses/${billing.id}`, { isDefault: true }, { token: admin });
      expect(asDefault.status).toBe(400);
    });

    it('keeps exactly one default when several addresses are made the default at the same moment', async () => {
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, n) =>
          t.http.post(
            '/company/addresses',
            { label: `Samtidig ${n}`, line1: `Samtidig vei ${n}`, postalCode: '0580', city: 'Oslo', country: 'NO', isDefault: true },
            { token: admin },
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
      const defaults = (await list()).filter((a) => a.isDefault);
      expect(defaults).toHaveLength(1);
      expect(defaults[0].label).toMatch(/^Samtidig/);
    });

    it('refuses a country the shop does not deliver to', async () => {
      const response = await t.http.post(
        '/company/addresses',
        { line1: 'Rue 1', postalCode: '98000', city: 'Monaco', country: 'MC' },
        { token: admin },
      );
      expect(response.status).toBe(400);
      expect(response.body.details[0].field).toBe('country');
    });

    it('refuses a postcode that is not one of the country, on create and on a patch of either half', async () => {
      const count = async () => (await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM addresses`))[0].n;
      const before = await count();
      for (const [postalCode, country] of [
        ['X / 12 / Y', 'NO'],
        ['12345', 'NO'],
        ['1112', 'SE'],
      ]) {
        const response = await t.http.post(
          '/company/addresses',
          { line1: 'Storgata 1', postalCode, city: 'Oslo', country },
          { token: admin },
        );
        expect(response.status).toBe(400);
        expect(response.body.details).toEqual([expect.objectContaining({ field: 'postalCode' })]);
      }
      expect(await count()).toBe(before);

      const created = await t.http.post(
        '/company/addresses',
        { line1: 'Kungsgatan 1', postalCode: '111 22', city: 'Stockholm', country: 'SE' },
        { token: admin },
      );
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      const moved = await t.http.patch(`/company/addresses/${id}`, { country: 'NO' }, { token: admin });
      expect([moved.status, moved.body.details?.[0]?.field]).toEqual([400, 'country']);
      const retyped = await t.http.patch(`/company/addresses/${id}`, { postalCode: '0150' }, { token: admin });
      expect([retyped.status, retyped.body.details?.[0]?.field]).toEqual([400, 'postalCode']);
      expect(await t.sql(`SELECT postal_code, country FROM addresses WHERE id = $1`, [id])).toEqual([
        { postal_code: '111 22', country: 'SE' },
      ]);
      const both = await t.http.patch(`/company/addresses/${id}`, { postalCode: '0150', country: 'NO', city: 'Oslo' }, { token: admin });
      expect(both.status).toBe(200);
    });

    it("answers 404 for another company's address, as for one that does not exist", async () => {
      const [fjord] = await t.sql<{ id: string }>(
        `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id WHERE c.name = 'Fjord Bygg AS' AND a.kind = 'delivery'`,
      );
      for (const response of [
        await t.http.patch(`/company/addresses/${fjord.id}`, { label: 'Mine' }, { token: admin }),
        await t.http.delete(`/company/addresses/${fjord.id}`, { token: admin }),
        await t.http.delete(`/company/addresses/00000000-0000-4000-8000-000000000000`, { token: admin }),
        await t.http.delete(`/company/addresses/not-a-uuid`, { token: admin }),
      ])
        expect(response.status).toBe(404);
      expect(await t.sql(`SELECT label, deleted_at FROM addresses WHERE id = $1`, [fjord.id])).toEqual([
        { label: 'Hovedkontor', deleted_at: null },
      ]);
    });
  });

  describe('employees', () => {
    it('creates an employee with an invitation whose link works once', async () => {
      const employee = await createEmployee('new.purchaser@nordlys.test', ['purchaser']);
      expect(employee).toMatchObject({
        email: 'new.purchaser@nordlys.test',
        invitationPending: true,
        active: true,
        roles: [expect.objectContaining({ name: 'Purchaser' })],
      });
      const token = await invitationTokenFor(t, 'new.purchaser@nordlys.test');
      const first = await t.http.post<TokenPair>('/auth/invitations/accept', {
        token,
        password: 'invited-secret-10',
      });
      expect(first.status).toBe(200);
      const me = await t.http.get('/me', { token: first.body.accessToken });
      expect(me.body.user.roles).toEqual(['Purchaser']);
      expect(me.body.permissions).not.toContain('users.manage');

      const second = await t.http.post('/auth/invitations/accept', {
        token,
        password: 'another-secret-10',
      });
      expect(second.status).toBe(400);
      expect(second.body.code).toBe('invalid_token');
      await t.http.login('new.purchaser@nordlys.test', 'invited-secret-10');
    });

    it('checks a link before its page asks for a password, and resends an invitation that replaces the first', async () => {
      const employee = await createEmployee('late.starter@nordlys.test', ['buyer']);
      const first = await invitationTokenFor(t, 'late.starter@nordlys.test');
      const check = (token: string, purpose = 'invitation') => t.http.post('/auth/links/check', { token, purpose });
      expect((await check(first)).status).toBe(204);
      // Checking spends nothing; a reset link is not an invitation; garbage is refused the same way.
      expect((await check(first)).status).toBe(204);
      for (const refused of [await check(first, 'password_reset'), await check('garbage'), await check(`${first}x`)])
        expect([refused.status, refused.body.code]).toEqual([400, 'invalid_token']);

      const resent = await t.http.post(`/company/users/${employee.id}/invitation`, undefined, { token: admin });
      expect(resent.status).toBe(200);
      const second = await invitationTokenFor(t, 'late.starter@nordlys.test');
      expect(second).not.toBe(first);
      expect((await check(first)).status).toBe(400);
      expect((await check(second)).status).toBe(204);
      const [audit] = await t.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'user.invitation_resent'`,
        [employee.id],
      );
      expect(audit.n).toBe(1);

      await acceptInvitation('late.starter@nordlys.test');
      expect((await check(second)).status).toBe(400);
      const again = await t.http.post(`/company/users/${employee.id}/invitation`, undefined, { token: admin });
      expect([again.status, again.body.code]).toEqual([409, 'invitation_not_pending']);
      const [buyerOfFjord] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@fjordbygg.test'`);
      expect((await t.http.post(`/company/users/${buyerOfFjord.id}/invitation`, undefined, { token: admin })).status).toBe(404);
    });

    it('lists employees with their roles and pending invitations, only to those allowed', async () => {
      const list = await t.http.get<CompanyUser[]>('/company/users', { token: admin });
      expect(list.status).toBe(200);
      expect(list.body.map((u) => u.email)).toEqual(
        expect.arrayContaining(['admin@nordlys.test', 'buyer@nordlys.test']),
      );
      expect(list.body.map((u) => u.email)).not.toContain('admin@fjordbygg.test');
      const buyer = await t.http.tokenFor('buyer@nordlys.test');
      expect((await t.http.get('/company/users', { token: buyer })).status).toBe(403);
      expect(
        (await t.http.post('/company/users', { name: 'X', email: 'x@nordlys.test', roleIds: [builtIn['viewer']] }, { token: buyer }))
          .status,
      ).toBe(403);
    });

    it('refuses a taken e-mail and a role of another company', async () => {
      const taken = await t.http.post(
        '/company/users',
        { name: 'Dup', email: 'BUYER@nordlys.test', roleIds: [builtIn['viewer']] },
        { token: admin },
      );
      expect(taken.status).toBe(409);
      expect(taken.body.code).toBe('email_taken');

      const fjordAdmin = await t.http.tokenFor('admin@fjordbygg.test');
      const fjordRole = await t.http.post<CompanyRole>(
        '/company/roles',
        { name: 'Fjord only', permissions: ['quotes.request'] },
        { token: fjordAdmin },
      );
      expect(fjordRole.status).toBe(201);
      const foreign = await t.http.post(
        '/company/users',
        { name: 'Foreign', email: 'foreign@nordlys.test', roleIds: [fjordRole.body.id] },
        { token: admin },
      );
      expect(foreign.status).toBe(400);
      expect(foreign.body.details[0]).toMatchObject({ field: 'roleIds', code: 'unknown_role' });
    });

    it('changes roles (audited) and the new permissions apply at once', async () => {
      const employee = await createEmployee('promoted@nordlys.test', ['viewer']);
      const session = await acceptInvitation('promoted@nordlys.test');
      expect((await t.http.get('/company/users', { token: session.accessToken })).status).toBe(403);
      const changed = await t.http.patch<CompanyUser>(
        `/company/users/${employee.id}`,
        { roleIds: [builtIn['buyer'], builtIn['admin']] },
        { token: admin },
      );
      expect(changed.status).toBe(200);
      expect(changed.body.roles.map((r) => r.name)).toEqual(['Admin', 'Buyer']);
      expect((await t.http.get('/company/users', { token: session.accessToken })).status).toBe(200);
      const [entry] = await t.sql(
        `SELECT before, after, actor_user_id IS NOT NULL AS has_actor FROM audit_log WHERE action = 'user.roles_changed' AND entity_id = $1`,
        [employee.id],
      );
      expect(entry).toEqual({
        before: { roles: ['Viewer'] },
        after: { roles: ['Admin', 'Buyer'] },
        has_actor: true,
      });
    });

    it('deactivation ends every session and stops logins; reactivation lets the user back in', async () => {
      const employee = await createEmployee('leaving@nordlys.test', ['buyer']);
      const session = await acceptInvitation('leaving@nordlys.test');
      const second = await t.http.login('leaving@nordlys.test', 'invited-secret-10');

      const off = await t.http.patch<CompanyUser>(`/company/users/${employee.id}`, { active: false }, { token: admin });
      expect(off.status).toBe(200);
      expect(off.body.active).toBe(false);
      expect((await t.http.get('/me', { token: session.accessToken })).status).toBe(401);
      expect((await t.http.get('/me', { token: second.accessToken })).status).toBe(401);
      expect((await t.http.post('/auth/refresh', { refreshToken: second.refreshToken })).status).toBe(401);
      // The right password learns why (and whom to ask); a wrong one learns nothing new.
      const refused = await t.http.post('/auth/login', { email: 'leaving@nordlys.test', password: 'invited-secret-10' });
      expect([refused.status, refused.body.code]).toEqual([403, 'account_deactivated']);
      const guessed = await t.http.post('/auth/login', { email: 'leaving@nordlys.test', password: 'wrong-secret-10' });
      expect([guessed.status, guessed.body.code]).toEqual([401, 'invalid_credentials']);
      expect(
        await t.sql(`SELECT count(*)::int AS live FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL`, [employee.id]),
      ).toEqual([{ live: 0 }]);

      const on = await t.http.patch<CompanyUser>(`/company/users/${employee.id}`, { active: true }, { token: admin });
      expect(on.body.active).toBe(true);
      await t.http.login('leaving@nordlys.test', 'invited-secret-10');
      const actions = await t.sql<{ action: string }>(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`,
        [employee.id],
      );
      expect(actions.map((a) => a.action)).toEqual(['user.created', 'user.deactivated', 'user.reactivated']);
    });

    it("answers 404 for another company's employee", async () => {
      const [fjordAdmin] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'admin@fjordbygg.test'`);
      const response = await t.http.patch(`/company/users/${fjordAdmin.id}`, { active: false }, { token: admin });
      expect(response.status).toBe(404);
      expect(await t.sql(`SELECT active FROM users WHERE id = $1`, [fjordAdmin.id])).toEqual([{ active: true }]);
    });
  });

  describe('the last active admin', () => {
    let solo: TokenPair;
    let soloId: string;
    let roles: Record<string, string>;

    beforeAll(async () => {
      const registered = await t.http.post<TokenPair>('/auth/register', {
        company: {
          name: 'Eneste Admin AS',
          organisationNumber: '915232493',
          customerType: 'business',
          phone: '+47 41 00 00 00',
          billingAddress: { line1: 'Gate 2', postalCode: '5003', city: 'Bergen', country: 'NO' },
        },
        user: { name: 'Eli Eneste', email: 'eli@eneste.test', password: 'very-secret-10' },
      });
      expect(registered.status).toBe(201);
      solo = registered.body;
      const me = await t.http.get('/me', { token: solo.accessToken });
      soloId = me.body.user.id;
      roles = builtIn;
    });

    it('cannot be deactivated or lose the Admin role, not even by itself', async () => {
      const deactivate = await t.http.patch(`/company/users/${soloId}`, { active: false }, { token: solo.accessToken });
      expect(deactivate.status).toBe(409);
      expect(deactivate.body.code).toBe('last_admin');
      const demote = await t.http.patch(`/company/users/${soloId}`, { roleIds: [roles['buyer']] }, { token: solo.accessToken });
      expect(demote.status).toBe(409);
      expect(demote.body.code).toBe('last_admin');
      const me = await t.http.get('/me', { token: solo.accessToken });
      expect(me.body.user.roles).toEqual(['Admin']);
    });

    it('holds when admins deactivate each other at the same moment', async () => {
      const others = [];
      for (const n of [1, 2, 3, 4, 5]) {
        const employee = await createEmployee(`admin${n}@eneste.test`, ['admin'], solo.accessToken);
        others.push({ id: employee.id, token: (await acceptInvitation(`admin${n}@eneste.test`)).accessToken });
      }
      const admins = [{ id: soloId, token: solo.accessToken }, ...others];
      // Each admin deactivates the next, all at once: the company lock serialises them, and
      // whoever comes last finds no other active admin left.
      const responses = await Promise.all(
        admins.map((admin, i) =>
          t.http.patch(`/company/users/${admins[(i + 1) % admins.length].id}`, { active: false }, { token: admin.token }),
        ),
      );
      expect(responses.every((r) => r.status === 200 || r.status === 409)).toBe(true);
      expect(responses.some((r) => r.status === 409)).toBe(true);
      const [{ active }] = await t.sql<{ active: number }>(
        `SELECT count(*)::int AS active FROM users u JOIN user_roles ur ON ur.user_id = u.id
         JOIN roles r ON r.id = ur.role_id AND r.built_in_key = 'admin'
         WHERE u.company_id = (SELECT company_id FROM users WHERE id = $1) AND u.active`,
        [soloId],
      );
      expect(active).toBe(1);
    });
  });

  describe('custom roles', () => {
    it('lists the built-in roles with the catalogue permissions and the user counts', async () => {
      const response = await t.http.get<CompanyRole[]>('/company/roles', { token: admin });
      expect(response.status).toBe(200);
      expect(response.body.slice(0, 4).map((r) => [r.name, r.builtInKey])).toEqual([
        ['Admin', 'admin'],
        ['Buyer', 'buyer'],
        ['Purchaser', 'purchaser'],
        ['Viewer', 'viewer'],
      ]);
      expect(response.body.find((r) => r.builtInKey === 'viewer')?.userCount).toBeGreaterThanOrEqual(1);
      expect(response.body.map((r) => r.name)).not.toContain('Fjord only');
    });

    it('composes a role from the catalogue that grants exactly its permissions', async () => {
      const created = await t.http.post<CompanyRole>(
        '/company/roles',
        { name: 'Project lead', permissions: ['projectLists.manage', 'quotes.request'] },
        { token: admin },
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ builtInKey: null, userCount: 0 });
      const employee = await t.http.post<CompanyUser>(
        '/company/users',
        { name: 'Lea Leder', email: 'lea@nordlys.test', roleIds: [created.body.id] },
        { token: admin },
      );
      expect(employee.status).toBe(201);
      const session = await acceptInvitation('lea@nordlys.test');
      const me = await t.http.get('/me', { token: session.accessToken });
      expect([...me.body.permissions].sort()).toEqual(['projectLists.manage', 'quotes.request']);

      const edited = await t.http.patch<CompanyRole>(
        `/company/roles/${created.body.id}`,
        { permissions: ['quotes.request'] },
        { token: admin },
      );
      expect(edited.status).toBe(200);
      expect(edited.body.userCount).toBe(1);
      expect((await t.http.get('/me', { token: session.accessToken })).body.permissions).toEqual(['quotes.request']);

      const inUse = await t.http.delete(`/company/roles/${created.body.id}`, { token: admin });
      expect(inUse.status).toBe(409);
      expect(inUse.body.code).toBe('role_in_use');
      await t.http.patch(`/company/users/${employee.body.id}`, { roleIds: [builtIn['viewer']] }, { token: admin });
      expect((await t.http.delete(`/company/roles/${created.body.id}`, { token: admin })).status).toBe(204);
    });

    it('refuses permissions outside the catalogue and names taken by another role', async () => {
      const bad = await t.http.post('/company/roles', { name: 'God', permissions: ['everything'] }, { token: admin });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].field).toBe('permissions');
      for (const name of ['admin', 'Viewer']) {
        const response = await t.http.post('/company/roles', { name, permissions: [] }, { token: admin });
        expect(response.status).toBe(409);
        expect(response.body.code).toBe('role_name_taken');
      }
      await t.http.post('/company/roles', { name: 'Site crew', permissions: [] }, { token: admin });
      const dup = await t.http.post('/company/roles', { name: 'site CREW', permissions: [] }, { token: admin });
      expect(dup.status).toBe(409);
    });

    it('never edits or deletes a built-in role', async () => {
      const edit = await t.http.patch(`/company/roles/${builtIn['viewer']}`, { permissions: ['users.manage'] }, { token: admin });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('built_in_role');
      expect((await t.http.delete(`/company/roles/${builtIn['purchaser']}`, { token: admin })).status).toBe(409);
      expect(
        await t.sql(`SELECT permissions FROM roles WHERE id = $1`, [builtIn['viewer']]),
      ).toEqual([{ permissions: [] }]);
    });

    it("answers 404 for another company's custom role", async () => {
      const [fjordRole] = await t.sql<{ id: string }>(`SELECT id FROM roles WHERE name = 'Fjord only'`);
      expect(
        (await t.http.patch(`/company/roles/${fjordRole.id}`, { name: 'Mine' }, { token: admin })).status,
      ).toBe(404);
      expect((await t.http.delete(`/company/roles/${fjordRole.id}`, { token: admin })).status).toBe(404);
      expect(await t.sql(`SELECT name FROM roles WHERE id = $1`, [fjordRole.id])).toEqual([{ name: 'Fjord only' }]);
    });
  });
});
