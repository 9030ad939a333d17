import { gzipSync } from 'node:zlib';
import { send } from './robustness/support/raw-http';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every class of bad input a fuzzer once turned into a 500 (issue 10): each must be a 400
 * with a stable code naming the field, and must leave nothing written.
 */
describe('bad input answers 4xx with a code naming the field', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let addressId: string;
  let roleId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.http.tokenFor('admin@nordlys.test');
    staff = await t.http.tokenFor('admin@lumen.test');
    [{ id: addressId }] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
        WHERE c.name = 'Nordlys Elektro AS' AND a.kind = 'delivery' AND a.deleted_at IS NULL LIMIT 1`,
    );
    const created = await t.http.post(
      '/company/roles',
      { name: 'Fuzz role', permissions: ['quickOrder.use'] },
      { token: admin },
    );
    expect(created.body).toMatchObject({ name: 'Fuzz role' });
    roleId = created.body.id;
  });
  afterAll(() => t.close());

  const fieldsOf = (body: { details?: { field?: string; code: string }[] }) =>
    (body.details ?? []).map((d) => `${d.field}:${d.code}`);

  describe('1. a NUL byte', () => {
    it('in a JSON body field', async () => {
      const res = await t.http.patch('/company', { name: 'Nordlys\u0000Elektro' }, { token: admin });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['name:invalid_characters']);
      const [company] = await t.sql<{ name: string }>(`SELECT name FROM companies WHERE name LIKE 'Nordlys%'`);
      expect(company.name).toBe('Nordlys Elektro AS');
    });

    it('in a path parameter', async () => {
      const res = await t.http.get('/products/%00');
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['path.sku:invalid_characters']);
    });

    it('in a query parameter', async () => {
      const res = await t.http.get('/products?q=lamp%00x');
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['query.q:invalid_characters']);
    });

    it('in a field name', async () => {
      const res = await t.http.post('/auth/login', { 'email\u0000': 'x' });
      expect(res.status).toBe(400);
      expect(res.body.details[0].code).toBe('invalid_characters');
    });
  });

  describe('2. a lone UTF-16 surrogate', () => {
    it('in an e-mail', async () => {
      const res = await t.http.post('/auth/login', { email: 'a\ud800@nordlys.test', password: 'whatever-123' });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['email:invalid_characters']);
    });

    it('in a name', async () => {
      const res = await t.http.patch('/company', { name: 'Nordlys \udc00' }, { token: admin });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['name:invalid_characters']);
    });
  });

  it('3. JSON nested 10,000 levels deep', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const res = await t.http.post('/auth/login', `{"email":${deep}}`, {
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ code: 'too_deep' });
    expect(res.body.details[0].field).toMatch(/^email/);
  });

  describe('4. Content-Encoding', () => {
    it('gzip declared on a plain body', async () => {
      const res = await t.http.post('/auth/login', JSON.stringify({ email: 'a@b.no', password: 'x' }), {
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('malformed_body');
    });

    it('br declared on a body that is not Brotli', async () => {
      const res = await t.http.post('/auth/login', JSON.stringify({ email: 'a@b.no', password: 'x' }), {
        headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('malformed_body');
    });

    it('a real gzip body is still read', async () => {
      const res = await fetch(`${t.http.baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ email: 'buyer@nordlys.test', password: 'Lumen-demo-2026' })),
      });
      expect(res.status).toBe(200);
    });

    it('an encoding nobody speaks', async () => {
      const res = await t.http.post('/auth/login', '{}', {
        headers: { 'content-type': 'application/json', 'content-encoding': 'zstd-ish' },
      });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('unsupported_media_type');
    });
  });

  describe('8. what the HTTP layer refuses before any route runs', () => {
    it('a body that is not JSON or multipart is 415, not an empty body that fails validation', async () => {
      const res = await t.http.post('/auth/login', 'email=a%40b.no&password=x', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('unsupported_media_type');
    });

    it('JSON in a charset other than UTF-8 is 415', async () => {
      const res = await t.http.post('/auth/login', '{}', {
        headers: { 'content-type': 'application/json; charset=utf-16' },
      });
      expect(res.status).toBe(415);
    });

    it('a malformed percent escape in the path is 400 with our body', async () => {
      const res = await send(t.http.baseUrl, { method: 'GET', path: '/api/products/%' });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ statusCode: 400, code: 'bad_request' });
    });

    it('a path segment longer than any id is the same 404 as an unknown one', async () => {
      const res = await send(t.http.baseUrl, { method: 'GET', path: `/api/project-lists/${'x'.repeat(5_000)}` });
      expect(res.status).toBe(404);
      expect(JSON.parse(res.text)).toMatchObject({ code: 'not_found' });
    });

    it('an error of a CSV download is still a JSON body', async () => {
      const res = await t.http.get('/project-lists/00000000-0000-4000-8000-000000000000/export.csv', { token: admin });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    });
  });

  describe('5. null for a field whose column cannot be empty', () => {
    it.each([
      ['/company', { phone: null }, 'phone'],
      ['/company', { name: null }, 'name'],
      ['address', { country: null }, 'country'],
      ['role', { permissions: null }, 'permissions'],
      // PartialType waved null through every field of a PATCH (the fuzzer: `.trim` of null, a 500).
      ['role', { name: null }, 'name'],
      ['address', { line1: null }, 'line1'],
    ])('PATCH %s %j', async (path, body, field) => {
      const url =
        path === 'address' ? `/company/addresses/${addressId}` : path === 'role' ? `/company/roles/${roleId}` : path;
      const res = await t.http.patch(url, body, { token: admin });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('while null still clears a field that may be empty', async () => {
      const [list] = await t.sql<{ id: string }>(
        `SELECT l.id FROM project_lists l JOIN companies c ON c.id = l.company_id WHERE c.name = 'Nordlys Elektro AS' LIMIT 1`,
      );
      const res = await t.http.patch(`/project-lists/${list.id}`, { description: null }, { token: admin });
      expect(res.status).toBe(200);
      expect(res.body.description).toBeNull();
    });
  });

  describe('6. registration with a body that is not a registration', () => {
    it.each([
      ['an empty object', '{}', 'company'],
      ['a user that is not an object', JSON.stringify({ user: 'x' }), 'user'],
      ['a user that is an array', JSON.stringify({ user: [1] }), 'user'],
      ['a company that is null', JSON.stringify({ company: null }), 'company'],
    ])('%s', async (_name, body, field) => {
      const res = await t.http.post('/auth/register', body, { headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('an unparseable body', async () => {
      const res = await t.http.post('/auth/register', '{"company": {', {
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('malformed_json');
    });
  });

  it('a discount in exponent form (class-validator crashed on 1e-7: a 500)', async () => {
    const [quote] = await t.sql<{ id: string }>(`SELECT id FROM quotes WHERE status = 'in_progress' LIMIT 1`);
    const res = await t.http.put(
      `/staff/quotes/${quote.id}/draft`,
      { lines: [{ sku: 'LT-10000', quantity: 1, discountPercent: 1e-7 }] },
      { token: staff },
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['lines.0.discountPercent:discountPercent']);
  });

  it('7. an integer beyond the column in a filter', async () => {
    const res = await t.http.get('/products?minLumen=99999999999999', { token: admin });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['minLumen:max']);
  });

  describe('a malformed id is the same 404 as a missing one, on every feature', () => {
    it.each([
      ['GET', '/quotes/not-a-uuid', undefined],
      ['GET', '/orders/not-a-uuid', undefined],
      ['GET', '/project-lists/not-a-uuid', undefined],
      ['PATCH', '/cart/items/not-a-uuid', { quantity: 1 }],
      ['PATCH', '/company/addresses/not-a-uuid', { label: 'Site' }],
    ])('%s %s', async (method, path, body) => {
      const missing = path.replace('not-a-uuid', '00000000-0000-4000-8000-000000000000');
      const [malformed, absent] = await Promise.all([
        t.http.request(method, path, { token: admin, body }),
        t.http.request(method, missing, { token: admin, body }),
      ]);
      expect(malformed.status).toBe(404);
      expect(malformed.body).toEqual(absent.body);
    });

    it('on staff routes too', async () => {
      const res = await t.http.patch('/staff/companies/x/tier', { tier: 'gold', reason: 'test' }, { token: staff });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    });
  });
});
