/**
 * The authorization matrix: every route the running app has × every kind of caller × an
 * object of the caller's own company and one of another company.
 *
 * Routes are read from Nest's own route metadata at runtime, so a route added later is in
 * the matrix without anyone remembering it — and fails it until it has a row in `MATRIX`
 * below. How to add a row: docs/DEVELOPMENT.md, "API tests".
 *
 * For each cell the expected outcome follows from the row:
 * - a visitor on a route that is not public: 401;
 * - a caller the row does not allow: 403;
 * - an allowed customer on another company's object: 404, exactly as for a missing one;
 * - an allowed caller on its own object (staff: on any object): not 401/403/404, and a GET
 *   answers 2xx; a write carries an unknown field, so it stops at validation (400) and the
 *   matrix changes nothing it does not mean to;
 * - never a 5xx.
 * So an unexpected 2xx is always a failure.
 */
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC, POLICY } from '@lumen/api/core';
import { startTestApp, type TestApp } from './support/test-app';
import {
  CALLERS,
  type Caller,
  CUSTOMERS,
  STAFF,
  SIGNED_IN,
  ORDERERS,
  isStaff,
  OWN_COMPANY,
  OTHER_COMPANY,
  ofCompany,
  theCompany,
  LIST_WITH_ITEMS,
  ITEM_OF_LIST_WITH_ITEMS,
  CANCELLED_QUOTE,
  PUBLISHED_QUOTE,
  DELIVERED_ORDER,
  DELIVERED_SHIPMENT,
  cartItem,
  quickOrderCheck,
  type Row,
} from './support/matrix';
import { FEATURE_MATRICES } from './matrix';

/** One row per route: `METHOD /api/path/:param`; features built later keep theirs in ./matrix/. */
const MATRIX: Record<string, Row> = {
  ...Object.assign({}, ...FEATURE_MATRICES.map((feature) => feature.rows)),
  // health and authentication
  'GET /api/health': { allow: 'public' },
  'GET /api/health/live': { allow: 'public' },
  'POST /api/auth/register': { allow: 'public' },
  'POST /api/auth/login': { allow: 'public' },
  'POST /api/auth/refresh': { allow: 'public' },
  'POST /api/auth/logout': { allow: SIGNED_IN, endsSession: true },
  'POST /api/auth/password': { allow: SIGNED_IN },
  'POST /api/auth/password/forgot': { allow: 'public' },
  'POST /api/auth/password/reset': { allow: 'public' },
  'POST /api/auth/invitations/accept': { allow: 'public' },
  'POST /api/auth/links/check': { allow: 'public' },
  'GET /api/me': { allow: SIGNED_IN },
  'PATCH /api/me': { allow: SIGNED_IN },

  // company accounts (customer side; staff act for the shop and are refused)
  'GET /api/company': { allow: CUSTOMERS },
  'PATCH /api/company': { allow: ['companyAdmin'] },
  'POST /api/company/deletion-request': { allow: ['companyAdmin'] },
  // No demo company has asked for deletion: withdrawing answers 409 and changes nothing.
  'DELETE /api/company/deletion-request': { allow: ['companyAdmin'] },
  'GET /api/company/addresses': { allow: CUSTOMERS },
  'POST /api/company/addresses': { allow: ['companyAdmin'] },
  'PATCH /api/company/addresses/:id': {
    allow: ['companyAdmin'],
    objects: { id: ofCompany('addresses') },
  },
  'DELETE /api/company/addresses/:id': {
    allow: ['companyAdmin'],
    objects: { id: ofCompany('addresses', `kind = 'billing'`) },
  },
  'GET /api/company/users': { allow: ['companyAdmin'] },
  'POST /api/company/users': { allow: ['companyAdmin'] },
  'PATCH /api/company/users/:id': {
    allow: ['companyAdmin'],
    objects: { id: ofCompany('users') },
  },
  // Every demo user has accepted: resending answers 409 and sends nothing.
  'POST /api/company/users/:id/invitation': {
    allow: ['companyAdmin'],
    objects: { id: ofCompany('users') },
  },
  'GET /api/company/roles': { allow: ['companyAdmin'] },
  'POST /api/company/roles': { allow: ['companyAdmin'] },
  'PATCH /api/company/roles/:id': {
    allow: ['companyAdmin'],
    objects: { id: ofCompany('roles') },
  },
  // The fixture role is in use, so deleting it answers 409.
  'DELETE /api/company/roles/:id': {
    allow: ['companyAdmin'],
    objects: { id: ofCompany('roles') },
  },

  // staff
  'GET /api/staff/companies': { allow: STAFF },
  // Both demo companies are active and not awaiting deletion: verify and erase answer 409.
  'POST /api/staff/companies/:id/verify': {
    allow: ['shopAdmin'],
    objects: { id: theCompany },
  },
  'POST /api/staff/companies/:id/erase': {
    allow: ['shopAdmin'],
    objects: { id: theCompany },
  },
  'GET /api/staff/companies/:id/audit': {
    allow: STAFF,
    objects: { id: theCompany },
  },
  'POST /api/staff/users': { allow: ['shopAdmin'] },
  // The development outbox viewer (absent in production): every caller's mail, so staff only.
  'GET /api/dev/mail': { allow: STAFF },
  'GET /api/dev/mail/:id': {
    allow: STAFF,
    objects: {
      id: 'SELECT m.id FROM outbox_messages m JOIN users u ON lower(u.email) = lower(m.recipient) WHERE u.company_id = $1 ORDER BY m.created_at LIMIT 1',
    },
  },

  // catalog and pricing
  'GET /api/categories': { allow: 'public' },
  'GET /api/products': { allow: 'public' },
  'GET /api/products/:sku': { allow: 'public', params: { sku: 'LT-10000' } },
  'GET /api/staff/pricing/tiers': { allow: STAFF },
  'PUT /api/staff/pricing/tiers': { allow: ['shopAdmin'] },
  'PATCH /api/staff/companies/:id/tier': {
    allow: STAFF,
    objects: { id: theCompany },
  },

  // project lists: everyone in the company reads, projectLists.manage edits. DELETE runs for
  // real on the company's oldest list (the demo data has three; the fixtures add one to the
  // other company); the item queries follow the same list so :id and :itemId belong together.
  'GET /api/project-lists': { allow: CUSTOMERS },
  'POST /api/project-lists': { allow: ['buyer', 'companyAdmin'] },
  'GET /api/project-lists/:id': { allow: CUSTOMERS, objects: { id: ofCompany('project_lists') } },
  'GET /api/project-lists/:id/export.csv': { allow: CUSTOMERS, objects: { id: ofCompany('project_lists') } },
  'PATCH /api/project-lists/:id': {
    allow: ['buyer', 'companyAdmin'],
    objects: { id: ofCompany('project_lists') },
    body: { name: 'Matrix' },
  },
  'DELETE /api/project-lists/:id': { allow: ['buyer', 'companyAdmin'], objects: { id: ofCompany('project_lists') } },
  'POST /api/project-lists/:id/items': {
    allow: ['buyer', 'companyAdmin'],
    objects: { id: ofCompany('project_lists') },
    body: { sku: 'LT-10000', quantity: 1 },
  },
  'PATCH /api/project-lists/:id/items/:itemId': {
    allow: ['buyer', 'companyAdmin'],
    objects: { id: LIST_WITH_ITEMS, itemId: ITEM_OF_LIST_WITH_ITEMS },
    body: { quantity: 2 },
  },
  'DELETE /api/project-lists/:id/items/:itemId': {
    allow: ['buyer', 'companyAdmin'],
    objects: { id: LIST_WITH_ITEMS, itemId: ITEM_OF_LIST_WITH_ITEMS },
  },
  'POST /api/project-lists/:id/copy': {
    allow: ['buyer', 'companyAdmin'],
    objects: { id: ofCompany('project_lists') },
    body: { name: 'Matrix copy' },
  },
  'POST /api/project-lists/:id/quote-requests': {
    allow: ['buyer', 'companyAdmin'],
    objects: { id: LIST_WITH_ITEMS },
    body: { message: 'Matrix' },
  },

  // quotes, customer side. Bodiless actions point at a cancelled quote: they answer 409.
  'GET /api/quotes': { allow: CUSTOMERS },
  'GET /api/quotes/:id': { allow: CUSTOMERS, objects: { id: ofCompany('quotes') } },
  'POST /api/quotes/:id/comments': {
    allow: ['buyer', 'companyAdmin'],
    objects: { id: ofCompany('quotes') },
    body: { body: 'Matrix' },
  },
  'POST /api/quotes/:id/accept': { allow: ['buyer', 'companyAdmin'], objects: { id: CANCELLED_QUOTE } },
  'POST /api/quotes/:id/decline': { allow: ['buyer', 'companyAdmin'], objects: { id: CANCELLED_QUOTE } },
  'POST /api/quotes/:id/cancel': { allow: ['buyer', 'companyAdmin'], objects: { id: CANCELLED_QUOTE } },
  'GET /api/quotes/:id/revisions/:revision.pdf': {
    allow: CUSTOMERS,
    objects: { id: PUBLISHED_QUOTE },
    params: { revision: '1' },
  },

  // the consultant desk
  'GET /api/staff/quotes': { allow: STAFF },
  'GET /api/staff/quotes/:id': { allow: STAFF, objects: { id: ofCompany('quotes') } },
  'GET /api/staff/quotes/:id/revisions/:revision.pdf': {
    allow: STAFF,
    objects: { id: PUBLISHED_QUOTE },
    params: { revision: '1' },
  },
  'POST /api/staff/quotes/:id/claim': { allow: STAFF, objects: { id: CANCELLED_QUOTE } },
  'PUT /api/staff/quotes/:id/draft': { allow: STAFF, objects: { id: ofCompany('quotes') } },
  'POST /api/staff/quotes/:id/publish': { allow: STAFF, objects: { id: CANCELLED_QUOTE } },
  'POST /api/staff/quotes/:id/comments': { allow: STAFF, objects: { id: ofCompany('quotes') } },
  'GET /api/staff/metrics/quotes': { allow: STAFF },

  // quick order, cart and orders (PRODUCT.md §7–8): quickOrder.use / orders.place
  'POST /api/quick-order/check': { allow: ORDERERS },
  'POST /api/quick-order/cart': { allow: ORDERERS },
  'GET /api/quick-order/checks/:id': { allow: ORDERERS, objects: { id: quickOrderCheck } },
  'GET /api/quick-order/checks/:id/report.csv': { allow: ORDERERS, objects: { id: quickOrderCheck } },
  'POST /api/quick-order/checks/:id/cart': { allow: ORDERERS, objects: { id: quickOrderCheck }, body: {} },
  'GET /api/cart': { allow: ORDERERS },
  'POST /api/cart/items': { allow: ORDERERS },
  'PATCH /api/cart/items/:id': { allow: ORDERERS, objects: { id: cartItem }, body: { quantity: 2 } },
  'DELETE /api/cart/items/:id': { allow: ORDERERS, objects: { id: cartItem } },
  'POST /api/cart/from-project-list/:id': { allow: ORDERERS, objects: { id: ofCompany('project_lists') } },
  'GET /api/cart/shipping-options': { allow: ORDERERS },
  'POST /api/orders': { allow: ORDERERS },
  // Staff read every company's orders (and so keep reading them after an erasure).
  'GET /api/orders': { allow: [...CUSTOMERS, ...STAFF] },
  'GET /api/orders/:id': { allow: [...CUSTOMERS, ...STAFF], objects: { id: ofCompany('orders') } },
  'GET /api/orders/:id/confirmation.pdf': { allow: [...CUSTOMERS, ...STAFF], objects: { id: ofCompany('orders') } },
  // "Order again" runs for real (it takes no body): it adds the order's lines to the caller's cart.
  'POST /api/orders/:id/reorder': { allow: ORDERERS, objects: { id: ofCompany('orders') } },

  // fulfilment (PRODUCT.md §13): the desk is every staff member's, payments and settings the admin's
  'GET /api/staff/orders': { allow: STAFF },
  'GET /api/orders/:id/shipments': { allow: [...CUSTOMERS, ...STAFF], objects: { id: ofCompany('orders') } },
  'GET /api/staff/orders/:id': { allow: STAFF, objects: { id: ofCompany('orders') } },
  'POST /api/staff/orders/:id/confirm': { allow: STAFF, objects: { id: DELIVERED_ORDER } },
  'POST /api/staff/orders/:id/prepare': { allow: STAFF, objects: { id: DELIVERED_ORDER } },
  'POST /api/staff/orders/:id/shipments': { allow: STAFF, objects: { id: DELIVERED_ORDER } },
  'POST /api/staff/shipments/:id/delivered': { allow: STAFF, objects: { id: DELIVERED_SHIPMENT } },
  'GET /api/staff/fulfilment-settings': { allow: STAFF },
  'PUT /api/staff/fulfilment-settings': { allow: ['shopAdmin'] },
  'POST /api/staff/payments': { allow: ['shopAdmin'] },
  'POST /api/staff/payments/bank-file': { allow: ['shopAdmin'] },
  'GET /api/invoices': { allow: [...CUSTOMERS, ...STAFF] },
  'GET /api/invoices/:id': { allow: [...CUSTOMERS, ...STAFF], objects: { id: ofCompany('invoices') } },
  'GET /api/invoices/:id.pdf': { allow: [...CUSTOMERS, ...STAFF], objects: { id: ofCompany('invoices') } },
  'GET /api/invoices/:id.xml': { allow: [...CUSTOMERS, ...STAFF], objects: { id: ofCompany('invoices') } },
};

interface Route {
  key: string;
  method: string;
  path: string;
  hasPolicy: boolean;
}

/** Every route of the running app, from the metadata Nest's router is built from. */
function discoverRoutes(t: TestApp): Route[] {
  const reflector = new Reflector();
  const routes: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const prefixes = asArray(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (requestMethod === undefined) continue;
        const targets = [handler, controller];
        const hasPolicy =
          reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true ||
          reflector.getAllAndOverride(POLICY, targets) !== undefined;
        for (const prefix of prefixes)
          for (const path of asArray(Reflect.getMetadata(PATH_METADATA, handler))) {
            const full = `/api/${prefix}/${path}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
            const method = RequestMethod[requestMethod];
            routes.push({ key: `${method} ${full}`, method, path: full, hasPolicy });
          }
      }
    }
  }
  return routes;
}

function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return ['/'];
  return Array.isArray(value) ? value : [value];
}

describe('authorization matrix', () => {
  let t: TestApp;
  let routes: Route[];
  const companyIds: { own: string; other: string } = { own: '', other: '' };

  beforeAll(async () => {
    t = await startTestApp();
    routes = discoverRoutes(t);
    const companies = await t.sql<{ id: string; name: string }>(`SELECT id, name FROM companies WHERE name = ANY($1)`, [
      [OWN_COMPANY, OTHER_COMPANY],
    ]);
    const idOf = (name: string) => {
      const company = companies.find((c) => c.name === name);
      if (!company) throw new Error(`the demo data has no company ${name}`);
      return company.id;
    };
    companyIds.own = idOf(OWN_COMPANY);
    companyIds.other = idOf(OTHER_COMPANY);
    // A custom role in use in each company, for the role routes (in use: deleting answers 409).
    for (const [companyId, email] of [
      [companyIds.own, 'viewer@nordlys.test'],
      [companyIds.other, 'admin@fjordbygg.test'],
    ]) {
      await t.sql(
        `WITH r AS (INSERT INTO roles (company_id, name, permissions) VALUES ($1, 'Matrix role', '{}') RETURNING id)
         INSERT INTO user_roles (user_id, role_id) SELECT u.id, r.id FROM users u, r WHERE u.email = $2`,
        [companyId, email],
      );
    }
    await arrangeSalesFixtures(t);
    for (const feature of FEATURE_MATRICES) await feature.arrange?.(t);
  });
  afterAll(() => t.close());

  it('finds the routes (control: the discovery itself works)', () => {
    expect(routes.map((r) => r.key)).toEqual(
      expect.arrayContaining(['GET /api/health', 'PATCH /api/company/users/:id', 'GET /api/staff/companies']),
    );
  });

  it('finds a declared policy (@Public or @Can) on every route', () => {
    const undeclared = routes.filter((r) => !r.hasPolicy).map((r) => r.key);
    expect(undeclared).toEqual([]);
  });

  it('has a row for every route (add one to MATRIX in apps/api/test/authorization-matrix.spec.ts)', () => {
    const missing = routes
      .filter((r) => !MATRIX[r.key])
      .map(
        (r) =>
          `${r.key} has no row in the authorization matrix: add "'${r.key}': { allow: [...] }" ` +
          `to MATRIX in apps/api/test/authorization-matrix.spec.ts (see docs/DEVELOPMENT.md, "API tests")`,
      );
    expect(missing).toEqual([]);
  });

  it('has no row for a route that does not exist', () => {
    const known = new Set(routes.map((r) => r.key));
    expect(Object.keys(MATRIX).filter((key) => !known.has(key))).toEqual([]);
  });

  it('describes every route in the OpenAPI document at /api/docs-json', async () => {
    const response = await t.http.request('GET', '/docs-json');
    expect(response.status).toBe(200);
    const paths = response.body.paths as Record<string, Record<string, unknown>>;
    const documented = new Set(
      Object.entries(paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`),
      ),
    );
    expect(routes.map((r) => r.key).filter((key) => !documented.has(key))).toEqual([]);
  });

  it('names every path parameter of every route in its row', () => {
    const unnamed = routes.flatMap((r) => {
      const row = MATRIX[r.key];
      if (!row) return [];
      return paramsOf(r.path)
        .filter((p) => !row.objects?.[p] && !row.params?.[p])
        .map((p) => `${r.key}: say in "objects" (owned by a company) or "params" (fixed) what :${p} is`);
    });
    expect(unnamed).toEqual([]);
  });

  it.each(Object.keys(CALLERS) as Caller[])('gives the %s exactly the access its row allows', async (caller) => {
    const email = CALLERS[caller];
    const login = () => (email ? t.http.tokenFor(email) : Promise.resolve(undefined));
    let token = await login();
    const [callerRow] = email ? await t.sql<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [email]) : [];
    const callerId = callerRow?.id ?? null;
    const failures: string[] = [];
    for (const route of routes) {
      const row = MATRIX[route.key];
      if (!row) continue;
      const allowed = row.allow === 'public' || row.allow.includes(caller);
      const hasObjects = Object.keys(row.objects ?? {}).length > 0;
      const scopes: ('own' | 'other')[] = hasObjects ? ['other', 'own'] : ['own'];
      for (const scope of scopes) {
        const path = await fillPath(route.path, row, companyIds[scope], callerId, allowed);
        const writes = route.method !== 'GET';
        // Another company's object gets a valid body so that only the lookup can refuse it.
        const body = !writes ? undefined : allowed && scope === 'other' ? (row.body ?? {}) : { matrixProbe: true };
        // The client's base URL ends in /api already.
        const response = await t.http.request(route.method, path.slice('/api'.length), { token, body });
        const status = response.status;
        const cell = `${route.key} as ${caller} (${hasObjects ? `${scope} company's object` : 'no object'})`;
        let expected: string | null = null;
        if (status >= 500) expected = 'no server error';
        else if (!allowed) {
          const want = caller === 'visitor' ? 401 : 403;
          if (status !== want) expected = String(want);
        } else if (scope === 'other' && !isStaff(caller)) {
          if (status !== 404) expected = '404 (another company: as if it did not exist)';
        } else if ([401, 403, 404].includes(status)) expected = 'access (not 401/403/404)';
        else if (!writes && (status < 200 || status > 299)) expected = '2xx';
        if (expected) failures.push(`${cell}: expected ${expected}, got ${status} ${response.text.slice(0, 160)}`);
        if (row.endsSession && token) token = await login();
      }
    }
    expect(failures).toEqual([]);
  });

  /**
   * The path with its parameters filled in. A caller who is refused anyway may find no object
   * of its own (a viewer has no cart): it gets a made-up id, since the policy answers first.
   */
  async function fillPath(
    path: string,
    row: Row,
    companyId: string,
    callerId: string | null,
    allowed: boolean,
  ): Promise<string> {
    let filled = path;
    for (const param of paramsOf(path)) {
      let value = row.params?.[param];
      const query = row.objects?.[param];
      if (query) {
        const args = [companyId, callerId].slice(0, query.includes('$2') ? 2 : 1);
        const [found] = await t.sql<{ id: string }>(query, args);
        if (!found && allowed) throw new Error(`the matrix fixture has no object for :${param} of ${path} (${query})`);
        value = found?.id ?? '00000000-0000-4000-8000-000000000000';
      }
      filled = filled.replace(`:${param}`, encodeURIComponent(value ?? ''));
    }
    return filled;
  }
});

/**
 * Lists, quotes, carts, quick-order checks and orders in both companies, made through the API as a customer would:
 * the other company needs one of each to be refused, and each allowed caller its own cart item
 * (carts are per user, and DELETE spends it).
 */
async function arrangeSalesFixtures(t: TestApp): Promise<void> {
  const skus = (
    await t.sql<{ sku: string }>(
      `SELECT sku FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock' ORDER BY sku LIMIT 2`,
    )
  ).map((p) => p.sku);
  const call = async (
    token: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const response = await t.http.request(method, path, { token, body, headers });
    if (response.status >= 300)
      throw new Error(`matrix fixture: ${method} ${path} answered ${response.status} ${response.text.slice(0, 200)}`);
    return response.body;
  };
  const listWithItems = async (token: string, name: string) => {
    const list = await call(token, 'POST', '/project-lists', { name });
    for (const sku of skus) await call(token, 'POST', `/project-lists/${list.id}/items`, { sku, quantity: 1 });
    return list.id as string;
  };
  const order = async (token: string, companyName: string) => {
    const [address] = await t.sql<{ id: string }>(
      `SELECT a.id FROM addresses a JOIN companies c ON c.id = a.company_id
       WHERE c.name = $1 AND a.kind = 'delivery' AND a.deleted_at IS NULL ORDER BY a.created_at LIMIT 1`,
      [companyName],
    );
    await call(token, 'POST', '/cart/items', { sku: skus[0], quantity: 1 });
    await call(
      token,
      'POST',
      '/orders',
      { deliveryAddressId: address.id, shippingMethod: 'standard', accessNotes: { access: 'lift' } },
      {
        'idempotency-key': `matrix-${address.id}`,
      },
    );
  };

  // The other company's order, confirmed, shipped (so invoiced) and delivered through the desk.
  const shipAndDeliver = async (companyName: string) => {
    const staff = await t.http.tokenFor('consultant@lumen.test');
    const [{ id }] = await t.sql<{ id: string }>(
      `SELECT o.id FROM orders o JOIN companies c ON c.id = o.company_id WHERE c.name = $1 ORDER BY o.placed_at LIMIT 1`,
      [companyName],
    );
    await call(staff, 'POST', `/staff/orders/${id}/confirm`);
    const detail = await call(staff, 'GET', `/staff/orders/${id}`);
    const shipped = await call(staff, 'POST', `/staff/orders/${id}/shipments`, {
      carrier: 'bring',
      trackingNumber: 'MATRIX-1',
      lines: detail.lines.map((line: { orderLineId: string; openQuantity: number }) => ({
        orderLineId: line.orderLineId,
        quantity: line.openQuantity,
      })),
    });
    await call(staff, 'POST', `/staff/shipments/${shipped.shipments[0].id}/delivered`);
  };

  const fjord = await t.http.tokenFor('admin@fjordbygg.test');
  const fjordList = await listWithItems(fjord, 'Matrix Fjord');
  // One quote answered (a published revision to print), one cancelled (bodiless quote actions point at it).
  const answered = await call(fjord, 'POST', `/project-lists/${fjordList}/quote-requests`, {});
  const consultant = await t.http.tokenFor('consultant@lumen.test');
  await call(consultant, 'POST', `/staff/quotes/${answered.id}/claim`);
  await call(consultant, 'PUT', `/staff/quotes/${answered.id}/draft`, {
    lines: skus.map((sku) => ({ sku, quantity: 1 })),
  });
  await call(consultant, 'POST', `/staff/quotes/${answered.id}/publish`);
  const cancelled = await call(fjord, 'POST', `/project-lists/${fjordList}/quote-requests`, {});
  await call(fjord, 'POST', `/quotes/${cancelled.id}/cancel`);
  await order(fjord, OTHER_COMPANY);
  await call(fjord, 'POST', '/cart/items', { sku: skus[0], quantity: 1 });

  await shipAndDeliver(OTHER_COMPANY);

  const buyer = await t.http.tokenFor('buyer@nordlys.test');
  await order(buyer, OWN_COMPANY);
  const quickOrderCheck = (token: string) =>
    call(token, 'POST', '/quick-order/check', { lines: [{ sku: skus[0], quantity: 1 }] });
  await quickOrderCheck(fjord);
  for (const email of ['purchaser@nordlys.test', 'buyer@nordlys.test', 'admin@nordlys.test']) {
    const token = await t.http.tokenFor(email);
    await call(token, 'POST', '/cart/items', { sku: skus[0], quantity: 1 });
    await quickOrderCheck(token);
  }
}

function paramsOf(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
}
