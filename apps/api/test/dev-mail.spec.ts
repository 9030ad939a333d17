import type { DevMail, DevMailPage } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

/** The demo seller, which production insists on being given in full (LUMEN_SELLER_*). */
const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  LUMEN_SELLER_NAME: 'Lumen Trade',
  LUMEN_SELLER_LEGAL_NAME: 'Lumen Trade AS',
  LUMEN_SELLER_ORG_NUMBER: '123456785',
  LUMEN_SELLER_ADDRESS: 'Lysverkgata 1',
  LUMEN_SELLER_POSTAL_CODE: '0150',
  LUMEN_SELLER_CITY: 'Oslo',
  LUMEN_SELLER_BANK_ACCOUNT: '12345678903',
  LUMEN_SELLER_IBAN: 'NO7112345678903',
  LUMEN_SELLER_BIC: 'DNBANOKK',
  LUMEN_SELLER_EMAIL: 'faktura@lumen.test',
  LUMEN_SELLER_PHONE: '+47 22 00 00 00',
  LUMEN_SELLER_WEBSITE: 'https://lumen.test',
};

/** `/api/dev/mail`: the development outbox viewer, staff-only, absent in production. */
describe('the development outbox viewer', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows staff the newest mail first, with its text and escaped HTML, in its recipient’s language', async () => {
    const viewer = await t.http.tokenFor('viewer@nordlys.test');
    await t.http.request('PATCH', '/me', { token: viewer, body: { language: 'fr' } });
    await t.sql(`UPDATE users SET name = '<script>alert(1)</script>' WHERE email = 'viewer@nordlys.test'`);
    expect((await t.http.post('/auth/password/forgot', { email: 'viewer@nordlys.test' })).status).toBe(202);

    const staff = await t.http.tokenFor('consultant@lumen.test');
    const page = await t.http.get<DevMailPage>('/dev/mail', { token: staff });
    expect(page.status).toBe(200);
    expect(page.body.items[0]).toMatchObject({
      kind: 'password_reset',
      recipient: 'viewer@nordlys.test',
      subject: 'Réinitialisez votre mot de passe Lumen Trade',
      sentAt: null,
    });
    const times = page.body.items.map((item) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const one = await t.http.get<DevMail>(`/dev/mail/${page.body.items[0].id}`, { token: staff });
    expect(one.status).toBe(200);
    expect(one.body.text).toContain('Bonjour <script>alert(1)</script>,');
    expect(one.body.html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(one.body.html).not.toContain('<script>');
    expect(one.body.html).toMatch(/<a href="http:\/\/portal\.test\/reset-password\?token=[^"]+"/);

    expect((await t.http.get('/dev/mail/00000000-0000-4000-8000-000000000000', { token: staff })).status).toBe(404);
    expect((await t.http.get('/dev/mail/not-an-id', { token: staff })).status).toBe(404);
  });

  it('is refused to customers (403) and visitors (401): it shows everyone’s mail', async () => {
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM outbox_messages LIMIT 1`);
    const admin = await t.http.tokenFor('admin@nordlys.test');
    for (const path of ['/dev/mail', `/dev/mail/${id}`]) {
      expect((await t.http.get(path, { token: admin })).status).toBe(403);
      expect((await t.http.get(path)).status).toBe(401);
    }
  });
});

describe('the development outbox viewer in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(PRODUCTION_ENV);
  });
  afterAll(() => t.close());

  it('does not exist, even for staff', async () => {
    expect(t.config.nodeEnv).toBe('production');
    const staff = await t.http.tokenFor('consultant@lumen.test');
    const [{ id }] = await t.sql<{ id: string }>(`SELECT id FROM outbox_messages LIMIT 1`);
    for (const path of ['/dev/mail', `/dev/mail/${id}`])
      expect((await t.http.get(path, { token: staff })).status).toBe(404);
    // The same token still works elsewhere: the 404 is the route's absence, not a refused caller.
    expect((await t.http.get('/me', { token: staff })).status).toBe(200);
  });
});
