/**
 * The OpenAPI document at /api/docs-json is what a client generator reads (an ERP
 * integration, openapi-typescript). It must pass Redocly's recommended ruleset, give every
 * success answer a real schema and every refusal the `ApiError` body — and say what the API
 * really answers: every GET route is called as a demo user and its answer validated against
 * the schema the document gives for it, so the document cannot drift from the code.
 * How the document is built: libs/api/core/README.md, "OpenAPI".
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { HttpResponse } from './support/http-client';
import { startTestApp, type TestApp } from './support/test-app';

const WORKSPACE = join(__dirname, '../../..');

interface Schema {
  $ref?: string;
  type?: string | string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
}
interface Response {
  description: string;
  content?: Record<string, { schema: Schema }>;
}
interface Operation {
  security?: Record<string, string[]>[];
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const CALLERS = {
  visitor: null,
  buyer: 'buyer@nordlys.test',
  companyAdmin: 'admin@nordlys.test',
  consultant: 'consultant@lumen.test',
  shopAdmin: 'admin@lumen.test',
} as const;
type Caller = keyof typeof CALLERS;

/** One call of a GET route: who calls, and SQL answering each path parameter (`$1`: Nordlys). */
interface Call {
  as: Caller;
  params?: Record<string, string>;
  query?: string;
}

const NORDLYS = 'Nordlys Elektro AS';
const BUYER = `(SELECT id FROM users WHERE email = '${CALLERS.buyer}')`;
/** The Nordlys object of `table` with the most rows in `child` (the richest answer to validate). */
const richest = (table: string, child: string, key: string) =>
  `SELECT t.id FROM ${table} t WHERE t.company_id = $1
   ORDER BY (SELECT count(*) FROM ${child} c WHERE c.${key} = t.id) DESC, t.created_at, t.id LIMIT 1`;
const LIST = richest('project_lists', 'project_list_items', 'list_id');
const QUOTE = `SELECT q.id FROM quotes q WHERE q.company_id = $1
  ORDER BY (SELECT count(*) FROM quote_revisions r WHERE r.quote_id = q.id)
         + (SELECT count(*) FROM quote_comments c WHERE c.quote_id = q.id) DESC, q.created_at, q.id LIMIT 1`;
const PUBLISHED_REVISION = `SELECT max(r.number)::text FROM quote_revisions r WHERE r.quote_id = (${QUOTE})`;
const CHECK = `SELECT id FROM quick_order_checks WHERE user_id = ${BUYER} ORDER BY created_at DESC LIMIT 1`;
const REPLACED_PRODUCT = `SELECT sku FROM products WHERE replacement_sku IS NOT NULL ORDER BY sku LIMIT 1`;
/** The demo's credited return (with its credit note) and its order, and the demo's warranty claim. */
const CREDITED_RETURN = `SELECT id FROM returns WHERE company_id = $1 AND status = 'credited' ORDER BY created_at LIMIT 1`;
const ORDER_OF_CREDITED_RETURN = `SELECT order_id FROM returns WHERE company_id = $1 AND status = 'credited' ORDER BY created_at LIMIT 1`;
const CLAIM = `SELECT id FROM claims WHERE company_id = $1 ORDER BY created_at LIMIT 1`;
/** The catalog back office: a product, the dry run and the image the arrangement makes. */
const PRODUCT_ID = `SELECT id::text FROM products ORDER BY sku LIMIT 1`;
const IMPORT = `SELECT id::text FROM catalog_imports ORDER BY created_at DESC LIMIT 1`;
const THUMBNAIL = `SELECT image || '-thumbnail.webp' FROM products WHERE image IS NOT NULL LIMIT 1`;
/** The service desk: the company's case with the longest thread, and the arranged attachment. */
const CASE = `SELECT c.id FROM cases c WHERE c.company_id = $1
  ORDER BY (SELECT count(*) FROM case_messages m WHERE m.case_id = c.id) DESC, c.created_at LIMIT 1`;
const ATTACHMENT = `SELECT id FROM attachments WHERE company_id = $1 ORDER BY created_at DESC LIMIT 1`;
/** The demo's order awaiting the admin's approval. */
const APPROVAL = `SELECT id FROM order_approvals WHERE company_id = $1 ORDER BY created_at LIMIT 1`;
const APPROVED_ORDER = `SELECT order_id FROM order_approvals WHERE company_id = $1 ORDER BY created_at LIMIT 1`;

/**
 * Every GET route, called as the callers whose answers differ (visitors get no prices, staff
 * no tier, a customer its tier and the next tier's saving). A new GET route fails the test
 * until it has a row here.
 */
const GET_CALLS: Record<string, Call[]> = {
  'GET /api/health': [{ as: 'visitor' }],
  'GET /api/health/live': [{ as: 'visitor' }],
  'GET /api/me': [{ as: 'buyer' }, { as: 'consultant' }],
  'GET /api/company': [{ as: 'buyer' }],
  'GET /api/company/addresses': [{ as: 'buyer' }],
  'GET /api/company/users': [{ as: 'companyAdmin' }],
  'GET /api/company/roles': [{ as: 'companyAdmin' }],
  'GET /api/staff/companies': [{ as: 'consultant' }],
  'GET /api/dev/mail': [{ as: 'consultant' }],
  'GET /api/dev/mail/{id}': [
    { as: 'consultant', params: { id: 'SELECT id FROM outbox_messages ORDER BY created_at LIMIT 1' } },
  ],
  'GET /api/staff/companies/{id}/audit': [{ as: 'shopAdmin', params: { id: 'SELECT $1::uuid' } }],
  'GET /api/categories': [{ as: 'visitor' }],
  'GET /api/products': [{ as: 'visitor' }, { as: 'buyer' }, { as: 'consultant' }],
  'GET /api/products/{sku}': [
    { as: 'visitor', params: { sku: REPLACED_PRODUCT } },
    { as: 'buyer', params: { sku: REPLACED_PRODUCT } },
    { as: 'buyer', params: { sku: `SELECT 'LT-10000'` } },
    { as: 'consultant', params: { sku: `SELECT 'LT-10000'` } },
  ],
  'GET /api/staff/pricing/tiers': [{ as: 'consultant' }],
  'GET /api/project-lists': [{ as: 'buyer' }],
  'GET /api/project-lists/{id}': [{ as: 'buyer', params: { id: LIST } }],
  'GET /api/project-lists/{id}/export.csv': [{ as: 'buyer', params: { id: LIST } }],
  'GET /api/quotes': [{ as: 'buyer' }],
  'GET /api/quotes/{id}': [{ as: 'buyer', params: { id: QUOTE } }],
  'GET /api/quotes/{id}/revisions/{revision}.pdf': [
    { as: 'buyer', params: { id: QUOTE, revision: PUBLISHED_REVISION } },
  ],
  'GET /api/staff/quotes/{id}/revisions/{revision}.pdf': [
    { as: 'consultant', params: { id: QUOTE, revision: PUBLISHED_REVISION } },
  ],
  'GET /api/staff/quotes': [{ as: 'consultant', query: 'status=all' }],
  'GET /api/staff/quotes/{id}': [{ as: 'consultant', params: { id: QUOTE } }],
  'GET /api/staff/metrics/quotes': [{ as: 'consultant' }],
  'GET /api/quick-order/checks/{id}': [{ as: 'buyer', params: { id: CHECK } }],
  'GET /api/quick-order/checks/{id}/report.csv': [{ as: 'buyer', params: { id: CHECK } }],
  'GET /api/cart': [{ as: 'buyer' }],
  'GET /api/cart/shipping-options': [{ as: 'buyer' }],
  'GET /api/orders': [{ as: 'buyer' }, { as: 'consultant' }],
  'GET /api/orders/{id}': [{ as: 'buyer', params: { id: richest('orders', 'order_lines', 'order_id') } }],
  'GET /api/orders/{id}/confirmation.pdf': [
    { as: 'buyer', params: { id: richest('orders', 'order_lines', 'order_id') } },
  ],
  'GET /api/orders/{id}/shipments': [{ as: 'buyer', params: { id: richest('orders', 'shipments', 'order_id') } }],
  'GET /api/staff/orders': [{ as: 'consultant' }, { as: 'consultant', query: 'status=partially_shipped&q=LT' }],
  'GET /api/staff/orders/{id}': [{ as: 'consultant', params: { id: richest('orders', 'shipments', 'order_id') } }],
  'GET /api/staff/fulfilment-settings': [{ as: 'consultant' }],
  'GET /api/invoices': [{ as: 'buyer' }, { as: 'consultant' }],
  'GET /api/invoices/{id}': [{ as: 'buyer', params: { id: richest('invoices', 'payments', 'invoice_id') } }],
  'GET /api/invoices/{id}.pdf': [{ as: 'buyer', params: { id: richest('invoices', 'payments', 'invoice_id') } }],
  'GET /api/invoices/{id}.xml': [{ as: 'buyer', params: { id: richest('invoices', 'payments', 'invoice_id') } }],
  // after-sales
  'GET /api/orders/{id}/after-sales': [
    { as: 'buyer', params: { id: ORDER_OF_CREDITED_RETURN } },
    { as: 'consultant', params: { id: ORDER_OF_CREDITED_RETURN } },
  ],
  'GET /api/returns': [{ as: 'buyer' }, { as: 'consultant' }],
  'GET /api/returns/{id}': [{ as: 'buyer', params: { id: CREDITED_RETURN } }],
  'GET /api/returns/{id}/label.pdf': [{ as: 'buyer', params: { id: CREDITED_RETURN } }],
  'GET /api/claims': [{ as: 'buyer' }],
  'GET /api/claims/{id}': [{ as: 'buyer', params: { id: CLAIM } }],
  'GET /api/staff/cancellations': [{ as: 'consultant' }, { as: 'consultant', query: 'status=requested' }],
  'GET /api/staff/returns': [{ as: 'consultant' }],
  'GET /api/staff/returns/{id}': [{ as: 'consultant', params: { id: CREDITED_RETURN } }],
  'GET /api/staff/claims': [{ as: 'consultant' }],
  'GET /api/staff/claims/{id}': [{ as: 'consultant', params: { id: CLAIM } }],
  // purchasing controls
  'GET /api/company/approval-rules': [{ as: 'buyer' }],
  'GET /api/company/budgets': [{ as: 'buyer' }],
  'GET /api/approvals': [{ as: 'companyAdmin' }],
  'GET /api/approvals/{id}': [{ as: 'companyAdmin', params: { id: APPROVAL } }],
  'GET /api/orders/{id}/approval': [
    { as: 'buyer', params: { id: APPROVED_ORDER } },
    { as: 'consultant', params: { id: APPROVED_ORDER } },
  ],
  'GET /api/cart/purchasing-check': [{ as: 'buyer' }],
  // service desk
  'GET /api/cases': [{ as: 'buyer' }, { as: 'buyer', query: 'status=open' }],
  'GET /api/cases/{id}': [{ as: 'buyer', params: { id: CASE } }],
  'GET /api/staff/cases': [{ as: 'consultant' }, { as: 'consultant', query: 'overdue=true&assignee=none' }],
  'GET /api/staff/cases/{id}': [{ as: 'consultant', params: { id: CASE } }],
  'GET /api/staff/metrics/cases': [{ as: 'consultant' }],
  'GET /api/staff/service-settings': [{ as: 'consultant' }],
  'GET /api/attachments/{id}': [
    { as: 'buyer', params: { id: ATTACHMENT } },
    { as: 'consultant', params: { id: ATTACHMENT } },
  ],
  // catalog back office
  'GET /api/staff/products': [{ as: 'consultant' }, { as: 'consultant', query: 'q=LT&lifecycle=active&page=2' }],
  'GET /api/staff/products/{id}': [{ as: 'consultant', params: { id: PRODUCT_ID } }],
  'GET /api/staff/categories': [{ as: 'consultant' }],
  'GET /api/staff/products/export.csv': [{ as: 'consultant' }],
  'GET /api/staff/products/export.xlsx': [{ as: 'consultant' }],
  'GET /api/staff/product-imports/{id}': [{ as: 'shopAdmin', params: { id: IMPORT } }],
  'GET /api/media/{name}': [{ as: 'visitor', params: { name: THUMBNAIL } }],
};

/** The one error body every 4xx answers. */
const API_ERROR = { $ref: '#/components/schemas/ApiError' };
const DOCUMENT_ID = 'lumen:openapi';
const pointer = (...parts: string[]) => parts.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: Document;
  let ajv: Ajv2020;
  let nordlysId: string;
  const tokens = new Map<Caller, string | undefined>();
  /** What is wrong with the answers of the writes `arrange` makes. */
  const arrangedWrites: string[] = [];

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation })),
    );

  /** What is wrong with `response` as an answer of `key` by the document; `[]` when nothing. */
  const undocumented = (key: string, response: HttpResponse): string[] => {
    const [method, path] = key.split(' ') as [string, string];
    const documented = document.paths[path]?.[method.toLowerCase()]?.responses[String(response.status)];
    if (!documented)
      return [`${key} answered ${response.status}, which it does not document: ${response.text.slice(0, 200)}`];
    const mediaTypes = Object.keys(documented.content ?? {});
    if (mediaTypes.length === 0)
      return response.text === '' ? [] : [`${key} documents no body for ${response.status} but sent one`];
    const mediaType = mediaTypes.find((type) => response.headers.get('content-type')?.startsWith(type));
    if (!mediaType)
      return [`${key} answered ${response.headers.get('content-type')}, documented ${mediaTypes.join(' or ')}`];
    if (mediaType !== 'application/json') return [];
    const validate = ajv.getSchema(
      `${DOCUMENT_ID}#${pointer('paths', path, method.toLowerCase(), 'responses', String(response.status), 'content', mediaType, 'schema')}`,
    ) as ValidateFunction;
    if (validate(response.body)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${key}: answer${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const response = await t.http.get<Document>('/docs-json');
    expect(response.status).toBe(200);
    document = response.body;
    // The whole document is one schema resource, so each documented schema is read where it
    // stands and its `#/components/schemas/...` refs resolve as in the document.
    ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
    for (const keyword of Object.keys(document)) ajv.addKeyword(keyword);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    [{ id: nordlysId }] = (await t.sql<{ id: string }>(`SELECT id FROM companies WHERE name = $1`, [NORDLYS])) as [
      { id: string },
    ];
    for (const [caller, email] of Object.entries(CALLERS) as [Caller, string | null][])
      tokens.set(caller, email ? await t.http.tokenFor(email) : undefined);
    await arrange();
  });
  afterAll(() => t.close());

  /** Data that makes the answers non-trivial: a cart line, a quick-order check, an audited change. */
  async function arrange(): Promise<void> {
    const [{ sku: replaced }] = (await t.sql<{ sku: string }>(REPLACED_PRODUCT)) as [{ sku: string }];
    const writes: [string, string, unknown, Caller][] = [
      ['POST /api/cart/items', '/cart/items', { sku: 'LT-10000', quantity: 2 }, 'buyer'],
      [
        'POST /api/quick-order/check',
        '/quick-order/check',
        {
          lines: [
            { sku: 'LT-10000', quantity: 3 },
            { sku: 'LT-10000', quantity: '2' },
            { sku: replaced, quantity: 1 },
            { sku: 'LT-1000', quantity: 1 },
            { sku: 'LT-10001', quantity: '1,5' },
            { sku: '', quantity: 1 },
          ],
        },
        'buyer',
      ],
      [
        'POST /api/company/roles',
        '/company/roles',
        { name: 'OpenAPI role', permissions: ['orders.place'] },
        'companyAdmin',
      ],
    ];
    // A dry run of a small import, and an image for the first product: multipart, as the portal sends them.
    const importFile = new FormData();
    importFile.append('file', new Blob(['sku;name\r\nLT-10000;Nytt navn\r\n']), 'katalog.csv');
    const image = new FormData();
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#fc0' } })
      .png()
      .toBuffer();
    image.append('file', new Blob([new Uint8Array(png)]), 'bilde.png');
    const [{ id: productId }] = (await t.sql<{ id: string }>(PRODUCT_ID)) as [{ id: string }];
    const caseWithFile = new FormData();
    for (const [name, value] of Object.entries({
      category: 'other',
      subject: 'Bilde av lampen',
      message: 'Se vedlegg.',
    }))
      caseWithFile.append(name, value);
    caseWithFile.append('files', new Blob([new Uint8Array(png)]), 'lampe.png');
    writes.push(
      ['POST /api/cases', '/cases', caseWithFile, 'buyer'],
      ['POST /api/staff/products/import', '/staff/products/import?mode=dry-run', importFile, 'shopAdmin'],
      ['POST /api/staff/products/{id}/image', `/staff/products/${productId}/image`, image, 'shopAdmin'],
    );
    for (const [key, path, body, caller] of writes) {
      const response = await t.http.post(path, body, { token: tokens.get(caller) });
      if (response.status >= 300) throw new Error(`${key} answered ${response.status}: ${response.text.slice(0, 200)}`);
      arrangedWrites.push(...undocumented(key, response));
    }
  }

  it('passes the Redocly recommended ruleset (redocly.yaml) with no error and no warning', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lumen-openapi-'));
    const file = join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const args = [cli, 'lint', file, '--config', join(WORKSPACE, 'redocly.yaml'), '--format', 'json'];
    // The CLI exits 1 when it finds errors; its report is on stdout either way.
    const stdout = await promisify(execFile)(process.execPath, [...args, '--max-problems', '1000'])
      .then((result) => result.stdout)
      .catch((error: { stdout?: string }) => error.stdout ?? '')
      .finally(() => rmSync(folder, { recursive: true, force: true }));
    const report = JSON.parse(stdout) as {
      problems: { ruleId: string; severity: string; message: string; location: { pointer: string }[] }[];
    };
    expect(report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`)).toEqual(
      [],
    );
  });

  it('gives every answer a contract schema or a file type, and every refusal (4xx) the ApiError body', () => {
    const failures = operations().flatMap(({ key, operation }) =>
      Object.entries(operation.responses).flatMap(([status, response]) => {
        const content = Object.entries(response.content ?? {});
        if (status === '204' || status === '202')
          return content.length === 0 ? [] : [`${key} ${status}: a ${status} has no body`];
        if (content.length === 0) return [`${key} ${status}: no answer schema; name it with @ApiAnswer`];
        // Several media types only for a file (an attachment is the JPEG, PNG or PDF it was).
        const files = content.every(([type, { schema }]) => type !== 'application/json' && schema.type === 'string');
        if (content.length > 1 && !files) return [`${key} ${status}: documents ${content.length} media types`];
        const [[mediaType, { schema }]] = content as [[string, { schema: Schema }]];
        if (status.startsWith('4'))
          return mediaType === 'application/json' && schema.$ref === API_ERROR.$ref
            ? []
            : [`${key} ${status}: not the ApiError body`];
        if (mediaType !== 'application/json')
          return schema.type === 'string' ? [] : [`${key} ${status}: a ${mediaType} file is a string`];
        const named = schema.type === 'array' ? schema.items : schema;
        return named?.$ref?.startsWith('#/components/schemas/') && !named.$ref.endsWith('Dto')
          ? []
          : [`${key} ${status}: ${JSON.stringify(schema)} is not a contract type (@ApiAnswer)`];
      }),
    );
    expect(failures).toEqual([]);
  });

  it('describes answers with closed schemas: an object that names its properties allows no others', () => {
    const open: string[] = [];
    const visit = (schema: unknown, at: string) => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as Schema;
      if (s.properties && s.additionalProperties !== false) open.push(at);
      for (const [key, child] of Object.entries(s)) visit(child, `${at}/${key}`);
    };
    for (const [name, schema] of Object.entries(document.components.schemas))
      if (!name.endsWith('Dto')) visit(schema, `#/components/schemas/${name}`);
    expect(open).toEqual([]);
  });

  it('has a row in GET_CALLS for every GET route, and none for a route that does not exist', () => {
    const gets = operations()
      .map((o) => o.key)
      .filter((key) => key.startsWith('GET '));
    expect(gets.filter((key) => !GET_CALLS[key]).map((key) => `${key}: add a row to GET_CALLS`)).toEqual([]);
    expect(Object.keys(GET_CALLS).filter((key) => !gets.includes(key))).toEqual([]);
  });

  /** The path of `key` with the call's parameters filled in from the demo data. */
  async function pathOf(key: string, call: Call): Promise<string> {
    let path = key.slice('GET /api'.length);
    for (const [name, sql] of Object.entries(call.params ?? {})) {
      const [row] = await t.sql<Record<string, string>>(sql, sql.includes('$1') ? [nordlysId] : []);
      const value = row && Object.values(row)[0];
      if (!value) throw new Error(`${key}: the demo data has no ${name} for ${sql}`);
      path = path.replace(`{${name}}`, encodeURIComponent(value));
    }
    return call.query ? `${path}?${call.query}` : path;
  }

  it('answers every GET route with what the document says', async () => {
    const failures: string[] = [];
    for (const [key, calls] of Object.entries(GET_CALLS)) {
      for (const call of calls) {
        const response = await t.http.get(await pathOf(key, call), { token: tokens.get(call.as) });
        // 204: a route that answers with no body (liveness) succeeds too.
        if (response.status !== 200 && response.status !== 204)
          failures.push(`${key} as ${call.as}: ${response.status} ${response.text.slice(0, 200)}`);
        failures.push(...undocumented(key, response).map((failure) => `${failure} (as ${call.as})`));
      }
    }
    expect(failures).toEqual([]);
  });

  it('says which routes need a token: a visitor gets 401 from exactly those', async () => {
    const failures: string[] = [];
    for (const [key, [call]] of Object.entries(GET_CALLS) as [string, [Call]][]) {
      const { operation } = operations().find((o) => o.key === key) ?? {};
      // `[]` is no token, `[{}, { bearer: [] }]` an optional one, `[{ bearer: [] }]` a required one.
      const security = operation?.security ?? [];
      const tokenRequired = security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
      if (tokenRequired !== Boolean(operation?.responses['401']))
        failures.push(`${key}: security ${JSON.stringify(security)}, yet 401 ${tokenRequired ? 'not ' : ''}documented`);
      const { status } = await t.http.get(await pathOf(key, call));
      if ((status === 401) !== tokenRequired)
        failures.push(
          `${key}: a visitor gets ${status}; the document says a token is ${tokenRequired ? '' : 'not '}needed`,
        );
    }
    expect(failures).toEqual([]);
  });

  it('answers the writes made to arrange the data with what the document says', () => {
    expect(arrangedWrites).toEqual([]);
  });

  it('refuses an answer that breaks its schema (control: the validation is no rubber stamp)', async () => {
    const response = await t.http.get('/company', { token: tokens.get('buyer') });
    expect(undocumented('GET /api/company', response)).toEqual([]);
    const broken: Record<string, unknown> = { ...response.body, surplus: 1 };
    delete broken['name'];
    expect(undocumented('GET /api/company', { ...response, body: broken })).toEqual([
      expect.stringContaining("must have required property 'name'"),
      expect.stringContaining('must NOT have additional properties'),
    ]);
  });
});
