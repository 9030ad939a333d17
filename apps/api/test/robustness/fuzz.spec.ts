/**
 * Generated bad requests for every route of the OpenAPI document (ARCHITECTURE.md "Tests":
 * robustness). Each request breaks something a client could: a field of the wrong type, a
 * missing or unknown field, a huge number, NUL or a lone surrogate, deep nesting, a bad id, a
 * bad query value, a content type or encoding that does not match the body, an odd header —
 * as a visitor, a customer or staff. However bad, the answer is never 5xx, every refusal is an
 * error body whose code is in ERROR_CODES (the codes the portal can put into words), and the app
 * still answers /api/health afterwards.
 *
 * Two runs: a fixed seed (the same requests every time) and a random one, printed. Replay a
 * run with FUZZ_SEED=<seed>; a 5xx prints the caller, method, path, headers and body.
 */
import fc from 'fast-check';
import { randomInt } from 'node:crypto';
import { unlistedErrorBody } from '../support/error-body';
import { startTestApp, type TestApp } from '../support/test-app';
import { badRequests, type FuzzContext, type FuzzRequest } from './support/bad-requests';
import { type RawResponse, send } from './support/raw-http';
import { routeShapes, type RouteShape } from './support/route-shapes';

const FIXED_SEED = 20_261_201;
const REQUESTS_PER_SEED = 1_100;
const CALLERS: Record<string, string | null> = {
  visitor: null,
  buyer: 'buyer@nordlys.test',
  companyAdmin: 'admin@nordlys.test',
  consultant: 'consultant@lumen.test',
  shopAdmin: 'admin@lumen.test',
  /** Calls the routes that end or change its session (logout, password), so the others keep theirs. */
  purchaser: 'purchaser@nordlys.test',
};
/** Login, reset and invitation requests name these, never a caller: failed logins lock an account. */
const OTHER_EMAILS = ['viewer@nordlys.test', 'admin@fjordbygg.test', 'nobody@example.test'];
const ENDS_SESSION = ['/api/auth/logout', '/api/auth/password'];
const OWN_COMPANY = 'Nordlys Elektro AS';

/** The table a path parameter or uuid field names, so a request can carry a real id of it. */
function tableOf(route: RouteShape, param: string): string | undefined {
  if (param === 'itemId') return 'project_list_items';
  if (param === 'deliveryAddressId') return 'addresses';
  if (param === 'quoteId') return 'quotes';
  if (param === 'roleIds') return 'roles';
  if (route.path.includes('/cart/items/')) return 'cart_items';
  const segments = route.path.split('/');
  const before = segments[segments.indexOf(`{${param}}`) - 1];
  return {
    addresses: 'addresses',
    users: 'users',
    roles: 'roles',
    companies: 'companies',
    'project-lists': 'project_lists',
    'from-project-list': 'project_lists',
    quotes: 'quotes',
    checks: 'quick_order_checks',
    orders: 'orders',
  }[before ?? ''];
}

interface Failure {
  seed: number;
  index: number;
  request: FuzzRequest;
  answer: string;
}

describe('fuzz: bad requests to every documented route', () => {
  let t: TestApp;
  let routes: RouteShape[];
  let context: FuzzContext;
  /** Each caller's current access token; a request that ended a session gets it renewed. */
  const tokens: Record<string, string | null> = {};
  let origin: string;

  let demoPasswordHash: string;
  const restoreDemoLogin = async (email: string) => {
    await t.sql(`UPDATE users SET password_hash = $2, active = true, erased_at = NULL WHERE email = $1`, [
      email,
      demoPasswordHash,
    ]);
    await t.sql(`DELETE FROM login_attempts WHERE email = $1`, [email]);
  };

  beforeAll(async () => {
    t = await startTestApp();
    // Every demo login shares one password, so one row's hash restores any of them.
    [{ password_hash: demoPasswordHash }] = await t.sql<{ password_hash: string }>(
      `SELECT password_hash FROM users WHERE email = 'purchaser@nordlys.test'`,
    );
    origin = new URL(t.http.baseUrl).origin;
    routes = routeShapes(t.app, (await t.http.get('/docs-json')).body);
    for (const [name, email] of Object.entries(CALLERS)) tokens[name] = email ? await t.http.tokenFor(email) : null;
    // Something in the cart and a stored quick-order check, so their ids exist too.
    const [sku] = await t.sql<{ sku: string }>(
      `SELECT sku FROM products WHERE lifecycle = 'active' ORDER BY sku LIMIT 1`,
    );
    const token = tokens['companyAdmin'] ?? undefined;
    await t.http.post('/quick-order/cart', { items: [{ sku: sku.sku, quantity: 2 }] }, { token });
    await t.http.post('/quick-order/check', { lines: [{ sku: sku.sku, quantity: 1 }] }, { token });
    // Real rows, so most requests get past the id lookup into the services: the own company's
    // for customers, any for staff — but never the callers themselves nor their company, whose
    // erasure by a staff request would end the run's sessions.
    const rows = await t.sql<{ t: string; id: string; own: boolean }>(
      `SELECT t, id, company_id = (SELECT id FROM companies WHERE name = $2) AS own FROM (
         SELECT 'addresses' AS t, id, company_id FROM addresses
         UNION ALL SELECT 'users', id, company_id FROM users WHERE email <> ALL($1)
         UNION ALL SELECT 'roles', id, company_id FROM roles
         UNION ALL SELECT 'project_lists', id, company_id FROM project_lists
         UNION ALL SELECT 'project_list_items', i.id, l.company_id
                   FROM project_list_items i JOIN project_lists l ON l.id = i.list_id
         UNION ALL SELECT 'quotes', id, company_id FROM quotes
         UNION ALL SELECT 'orders', id, company_id FROM orders
         UNION ALL SELECT 'cart_items', i.id, c.company_id FROM cart_items i JOIN carts c ON c.id = i.cart_id
         UNION ALL SELECT 'quick_order_checks', q.id, u.company_id FROM quick_order_checks q JOIN users u ON u.id = q.user_id
         UNION ALL SELECT 'companies', id, id FROM companies WHERE name <> $2
       ) rows ORDER BY t, id`,
      [Object.values(CALLERS).filter(Boolean), OWN_COMPANY],
    );
    const skus = await t.sql<{ sku: string }>(`SELECT sku FROM products ORDER BY sku LIMIT 20`);
    const isStaffRoute = (route: RouteShape) => route.path.startsWith('/api/staff');
    context = {
      callers: Object.keys(CALLERS),
      sampleToken: token ?? '',
      usersOf: (route) =>
        ENDS_SESSION.includes(route.path)
          ? ['purchaser']
          : isStaffRoute(route)
            ? ['shopAdmin', 'consultant']
            : route.path.startsWith('/api/auth')
              ? ['visitor', 'buyer']
              : ['companyAdmin', 'buyer'],
      idsFor: (route, param) =>
        rows.filter((row) => row.t === tableOf(route, param) && (row.own || isStaffRoute(route))).map((row) => row.id),
      skus: skus.map((row) => row.sku),
      emails: OTHER_EMAILS,
    };
  }, 120_000);
  afterAll(() => t.close());

  it('answers none of them with a 5xx, refuses each with a listed code, and /api/health still answers', async () => {
    const seeds = process.env['FUZZ_SEED'] ? [Number(process.env['FUZZ_SEED'])] : [FIXED_SEED, randomInt(2 ** 31)];
    const byStatus = new Map<number, number>();
    const perRoute = new Map<string, number>();
    const failures: Failure[] = [];
    /** Each wrong error body once, with the first request that got it. */
    const unlisted = new Map<string, string>();
    let tried = 0;
    let renewed = 0;
    const stillValid = async (token: string) =>
      (await send(origin, { method: 'GET', path: '/api/me', headers: { authorization: `Bearer ${token}` } })).status !==
      401;
    for (const seed of seeds) {
      const requests = fc.sample(badRequests(routes, context), { seed, numRuns: REQUESTS_PER_SEED });
      for (const [index, request] of requests.entries()) {
        tried++;
        perRoute.set(request.route, (perRoute.get(request.route) ?? 0) + 1);
        const token = tokens[request.caller];
        const headers = token ? { ...request.headers, authorization: `Bearer ${token}` } : request.headers;
        let response: RawResponse;
        try {
          response = await send(origin, { ...request, headers });
        } catch (error) {
          failures.push({ seed, index, request, answer: `no answer: ${(error as Error).message}` });
          continue;
        }
        byStatus.set(response.status, (byStatus.get(response.status) ?? 0) + 1);
        if (response.status === 401 && token && !(await stillValid(token))) {
          // A fuzzed request may have changed, deactivated or locked the caller's own account
          // (a password change, an admin's PATCH): give the demo login back before logging in.
          await restoreDemoLogin(CALLERS[request.caller] as string);
          tokens[request.caller] = await t.http.tokenFor(CALLERS[request.caller] as string);
          renewed++;
        }
        if (response.status >= 500)
          failures.push({ seed, index, request, answer: `${response.status} ${response.text.slice(0, 300)}` });
        // A HEAD answer has no body, and a 431 is Node's own, sent before the app saw the request.
        const hasErrorBody = response.status >= 400 && request.method !== 'HEAD' && response.status !== 431;
        const wrongBody = hasErrorBody ? unlistedErrorBody(response.status, response.text) : undefined;
        if (wrongBody && !unlisted.has(wrongBody))
          unlisted.set(wrongBody, `seed ${seed} #${index}: ${request.method} ${request.path.slice(0, 200)}`);
      }
      const health = await send(origin, { method: 'GET', path: '/api/health' });
      expect(health.status).toBe(200);
    }

    const statuses = [...byStatus.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    process.stdout.write(
      `\n[fuzz] seeds ${seeds.join(' and ')} (replay one with FUZZ_SEED=<seed>): ${tried} requests to ` +
        `${perRoute.size} of ${routes.length} routes, ${failures.length} answered 5xx or not at all ` +
        `(${renewed} sessions ended by a request and renewed)\n` +
        `[fuzz] statuses ${statuses.join(', ')}\n` +
        failures.map(describeFailure).join(''),
    );
    expect(perRoute.size).toBe(routes.length);
    expect(failures.map((failure) => `${failure.request.method} ${failure.request.path}: ${failure.answer}`)).toEqual(
      [],
    );
    expect([...unlisted].map(([wrong, first]) => `${wrong} (first: ${first})`)).toEqual([]);
  }, 600_000);
});

function describeFailure({ seed, index, request, answer }: Failure): string {
  const body = request.body
    ? request.body.some((byte) => byte < 9 || (byte > 13 && byte < 32))
      ? `base64:${request.body.toString('base64').slice(0, 400)}`
      : request.body.toString('utf8').slice(0, 400)
    : '(none)';
  return (
    `[fuzz] 5xx — seed ${seed} #${index}, ${request.route} as ${request.caller}\n` +
    `       ${request.method} ${request.path.slice(0, 300)}\n` +
    `       headers ${JSON.stringify(request.headers).slice(0, 600)}\n` +
    `       body (${request.body?.length ?? 0} bytes) ${body}\n` +
    `       answer ${answer}\n`
  );
}
