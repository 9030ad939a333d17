import { startTestApp, type TestApp } from './support/test-app';

/** `GET PATCH /api/me`: the caller's own settings; the language decides the caller's e-mails. */
describe('the caller’s own settings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stores the portal’s language choice on the user and answers it in /me', async () => {
    const token = await t.http.tokenFor('purchaser@nordlys.test');
    expect((await t.http.get('/me', { token })).body.user.language).toBe('nb');

    const changed = await t.http.request('PATCH', '/me', { token, body: { language: 'en' } });
    expect(changed.status).toBe(200);
    expect(changed.body.user).toMatchObject({ email: 'purchaser@nordlys.test', language: 'en' });
    expect((await t.http.get('/me', { token })).body.user.language).toBe('en');
    const [row] = await t.sql<{ language: string }>(`SELECT language FROM users WHERE email = 'purchaser@nordlys.test'`);
    expect(row.language).toBe('en');
  });

  it('refuses a language it does not write e-mails in, naming the field, and changes nothing', async () => {
    const token = await t.http.tokenFor('viewer@nordlys.test');
    for (const body of [{ language: 'de' }, { language: null }, {}, { language: 'en', staffRole: 'shop_admin' }]) {
      const response = await t.http.request('PATCH', '/me', { token, body });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(JSON.stringify(response.body.details)).toMatch(/language|staffRole/);
    }
    const [row] = await t.sql<{ language: string; staff_role: string | null }>(
      `SELECT language, staff_role FROM users WHERE email = 'viewer@nordlys.test'`,
    );
    expect(row).toEqual({ language: 'nb', staff_role: null });
  });

  it('writes the user’s e-mails in the chosen language', async () => {
    const buyer = await t.http.tokenFor('buyer@nordlys.test');
    await t.http.request('PATCH', '/me', { token: buyer, body: { language: 'en' } });
    const [{ id: orderId }] = await t.sql<{ id: string }>(
      `SELECT o.id FROM orders o JOIN users u ON u.id = o.placed_by_user_id
       WHERE u.email = 'buyer@nordlys.test' AND o.status = 'placed' ORDER BY o.placed_at LIMIT 1`,
    );
    const staff = await t.http.tokenFor('consultant@lumen.test');
    expect((await t.http.post(`/staff/orders/${orderId}/confirm`, undefined, { token: staff })).status).toBe(200);
    const [mail] = await t.sql<{ subject: string }>(
      `SELECT subject FROM outbox_messages WHERE kind = 'order_confirmed' AND recipient = 'buyer@nordlys.test'
       ORDER BY created_at DESC LIMIT 1`,
    );
    expect(mail.subject).toMatch(/^Order \d+ is confirmed$/);
  });
});
