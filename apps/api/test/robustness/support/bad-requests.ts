import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { FieldShape, ObjectShape, RouteShape } from './route-shapes';

/** A request as it goes on the wire: the fuzzer controls every byte of path, headers and body. */
export interface FuzzRequest {
  /** The documented operation it was made for, e.g. `PATCH /api/company/addresses/{id}`. */
  route: string;
  /** Whose token the sender adds (its current one: a request may end a session); `forged`: none. */
  caller: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface FuzzContext {
  /** The callers by name; the sender holds their tokens. */
  callers: string[];
  /** Any real access token, to forge bad ones from. */
  sampleToken: string;
  /** The callers that a route's own users are: staff for `/api/staff`, customers elsewhere. */
  usersOf(route: RouteShape): string[];
  /** Real ids for a path parameter (or a uuid field), so requests get past the lookup. */
  idsFor(route: RouteShape, param: string): string[];
  skus: string[];
  emails: string[];
}

/**
 * Percent-encodes the UTF-8 bytes of `text`. Unlike `encodeURIComponent` it takes a lone
 * surrogate (as U+FFFD, which is what a browser sends); raw invalid sequences such as
 * `%ED%A0%80` come from the fixed lists instead.
 */
const percentEncode = (text: string): string =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

/** Text that has broken a route before, or that PostgreSQL, the validators or a parser dislike. */
const NASTY_TEXT = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\ufffe\uffff',
  '💡🔥',
  '\u202eevil',
  "'; DROP TABLE users; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  ' ',
  '',
  '\t\r\n',
  'null',
  'NaN',
  '-0',
  '1e309',
  '0x10',
  '١٢٣',
  '=cmd|" /C calc"!A0',
];
const HUGE_NUMBERS = [99_999_999_999_999, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, -1e308, 1.5, -1, 0, 5e-324];
const BAD_SEGMENTS = [
  'abc',
  '0',
  '-1',
  '%00',
  '%',
  '%ZZ',
  '%ED%A0%80',
  '%C0%AF',
  '%FF%FE',
  '..',
  '%2e%2e%2f',
  'null',
  '{id}',
  '1e999',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-0000-0000-00000000000g',
  'x'.repeat(3000),
  percentEncode('💡'),
  '%F0%9F%92',
];

const nastyText = fc.constantFrom(...NASTY_TEXT);
const longText = fc.integer({ min: 201, max: 20_000 }).map((n) => 'x'.repeat(n));
const hugeNumber = fc.constantFrom(...HUGE_NUMBERS);
const deepValue = fc.integer({ min: 30, max: 3_000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});

/** A value of the wrong kind for almost any field; the classes that once gave 500s weigh most. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: nastyText },
  { weight: 3, arbitrary: hugeNumber },
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  longText,
  // Fresh each time: a constant's one instance would be shared by every request that mutates it.
  fc.constant(null).map(() => []),
  fc.constant(null).map(() => ({})),
  fc.array(fc.oneof(fc.constant(null), nastyText, fc.integer()), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), nastyText, { maxKeys: 3 }),
  deepValue,
);

function plausibleValue(field: FieldShape, route: RouteShape, context: FuzzContext): fc.Arbitrary<unknown> {
  const one = plausibleScalar(field, route, context);
  return field.each ? fc.array(one, { minLength: 1, maxLength: 3 }) : one;
}

/** What a real client would send for the field, from its validators. */
function plausibleScalar(field: FieldShape, route: RouteShape, context: FuzzContext): fc.Arbitrary<unknown> {
  const has = (rule: string) => field.rules.includes(rule);
  if (field.nested) return plausibleObject(field.nested, route, context, true);
  if (field.allowed && field.allowed.length > 0) return fc.constantFrom(...field.allowed);
  if (has('isUuid')) return oneOfOrUuid(context.idsFor(route, field.name));
  if (has('isEmail')) return fc.oneof(fc.constantFrom(...context.emails), fc.emailAddress());
  if (has('isInt')) return fc.integer({ min: 1, max: 20 });
  if (has('isNumber')) return fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 30, noNaN: true }));
  if (has('isBoolean')) return fc.boolean();
  if (has('isIso8601')) return fc.constantFrom('2027-03-01', '2027-02-30', '2026-12-24T10:00:00Z', '2027-13-01');
  if (field.name === 'sku') return fc.constantFrom(...context.skus);
  if (field.name === 'phone') return fc.constantFrom('+47 22 33 44 55', '12', '+47 ' + '9'.repeat(30));
  if (has('organisationNumber')) return fc.constantFrom('923609016', '123456789', '000000000');
  if (field.name.toLowerCase().includes('password')) return fc.constantFrom('Lumen-demo-2026', 'short', 'x'.repeat(80));
  return fc.string({ minLength: 1, maxLength: 24 });
}

const oneOfOrUuid = (ids: string[]) => (ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid());

/** A body has every field (a fault then breaks one); a query has any of its filters. */
function plausibleObject(
  shape: ObjectShape,
  route: RouteShape,
  context: FuzzContext,
  allFields: boolean,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(shape.fields.map((field) => [field.name, plausibleValue(field, route, context)]));
  return allFields ? fc.record(fields) : fc.record(fields, { requiredKeys: [] });
}

type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; name: string; value: unknown };

const mutation = (kinds: Mutation['kind'][]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    ...kinds.map((kind) =>
      kind === 'set'
        ? { weight: 4, arbitrary: fc.record({ kind: fc.constant(kind), pick: fc.nat(), value: wrongValue }) }
        : kind === 'delete'
          ? { weight: 1, arbitrary: fc.record({ kind: fc.constant(kind), pick: fc.nat() }) }
          : {
              weight: 1,
              arbitrary: fc.record({
                kind: fc.constant(kind),
                pick: fc.nat(),
                name: fc.constantFrom('extra', 'price', 'tier', 'companyId', 'status', '__proto__', 'constructor', ''),
                value: wrongValue,
              }),
            },
    ),
  );

/** The objects inside `value` down to a few levels (itself included), where a mutation may land. */
function objectsIn(value: unknown, depth = 0, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (depth > 4) return found;
  if (Array.isArray(value)) value.forEach((item) => objectsIn(item, depth + 1, found));
  else if (value && typeof value === 'object') {
    found.push(value as Record<string, unknown>);
    Object.values(value).forEach((child) => objectsIn(child, depth + 1, found));
  }
  return found;
}

function mutate(base: Record<string, unknown>, change: Mutation): void {
  const objects = objectsIn(base);
  const target = objects[change.pick % objects.length];
  const keys = Object.keys(target);
  if (change.kind === 'add') {
    // defineProperty, so `__proto__` becomes a field as JSON.parse would make it, not a prototype.
    Object.defineProperty(target, change.name, {
      value: change.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (keys.length > 0) {
    const key = keys[change.pick % keys.length];
    if (change.kind === 'delete') delete target[key];
    else target[key] = change.value;
  } else if (change.kind === 'set') {
    target['field'] = change.value;
  }
}

/** A body that is not JSON at all, or JSON no validator expects. */
const rawJsonText = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'nul',
    'null',
    '[]',
    '"text"',
    '42',
    'true',
    '{"a":1e999}',
    '{"a":-0}',
    '{"a":1,"a":{"b":2}}',
    '\ufeff{}',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"x":1}}}',
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    "{'a':1}",
  ),
  fc.integer({ min: 1_000, max: 12_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1_000, max: 12_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value) ?? 'null', 'utf8');

/** A multipart upload: a file of garbage, UTF-16, a zip header, or an oddly named part. */
const multipartBody = fc
  .record({
    field: fc.constantFrom('file', 'file', 'lines', 'other', ''),
    filename: fc.constantFrom('order.csv', 'order.xlsx', '../../x.csv', '\u0000.csv', 'a'.repeat(600), ''),
    content: fc.oneof(
      fc.constant(Buffer.from('sku;quantity\nLT-1;2\n')),
      fc.constant(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('sku\tquantity\r\nLT-1\t2\r\n', 'utf16le')])),
      fc.constant(Buffer.from('PK\u0003\u0004garbage', 'latin1')),
      fc.constant(Buffer.from('sku,quantity\nA\u0000B,1\n')),
      fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
    ),
    boundaryOk: fc.boolean(),
  })
  .map(({ field, filename, content, boundaryOk }) => {
    const boundary = 'fuzzboundary';
    const bytes = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
        'latin1',
      ),
      content,
      Buffer.from(boundaryOk ? `\r\n--${boundary}--\r\n` : '\r\n--nope', 'latin1'),
    ]);
    return { type: `multipart/form-data; boundary=${boundaryOk ? boundary : 'other'}`, bytes };
  });

/** Encodes a query value as a browser or `qs` would: repeated keys for arrays, `a[b]` for objects. */
function queryPairs(name: string, value: unknown, depth = 0): string[] {
  if (depth < 3 && Array.isArray(value)) return value.flatMap((item) => queryPairs(name, item, depth + 1));
  if (depth < 3 && value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => queryPairs(`${name}[${key}]`, child, depth + 1));
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  return [`${percentEncode(name)}=${percentEncode(text)}`];
}

const RAW_QUERIES = [
  'page=%',
  'page=%ZZ',
  'q=%00',
  'q=%ED%A0%80',
  'page=1&page=2',
  'pageSize=99999999999999999999',
  'minLumen=99999999999999',
  'page=-1',
  'page=1e3',
  '__proto__[x]=1',
  'sort[$ne]=1',
  'a=' + 'b'.repeat(5_000),
  'x=1&'.repeat(1_500),
  '=&=&',
];

/** One thing wrong with an otherwise ordinary request. */
type Fault =
  | { kind: 'body'; change: Mutation }
  | { kind: 'query'; change: Mutation }
  | { kind: 'wholeBody'; bytes: Buffer }
  | { kind: 'multipart'; type: string; bytes: Buffer }
  | { kind: 'contentType'; type: string | null }
  | { kind: 'encoding'; encoding: string; real: boolean }
  | { kind: 'segment'; pick: number; value: string }
  | { kind: 'rawQuery'; query: string }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'caller'; caller: string; forged?: string }
  | { kind: 'method'; method: string }
  | { kind: 'suffix'; suffix: string };

function faultsFor(route: RouteShape, context: FuzzContext): fc.Arbitrary<Fault> {
  const anyToken = context.sampleToken;
  const choices: fc.WeightedArbitrary<Fault>[] = [
    {
      weight: 6,
      arbitrary: fc
        .oneof(
          wrongValue.map(json),
          rawJsonText.map((text) => Buffer.from(text, 'latin1')),
        )
        .map((bytes) => ({ kind: 'wholeBody' as const, bytes })),
    },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(
          null,
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/xml',
          'application/json; charset=utf-16',
          'application/json; charset=latin1',
          'multipart/form-data',
          'application/octet-stream',
          'application/*',
          ';;;',
        )
        .map((type) => ({ kind: 'contentType' as const, type })),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('encoding' as const),
        encoding: fc.constantFrom('gzip', 'deflate', 'br', 'x-unknown', 'gzip, gzip', 'identity'),
        real: fc.boolean(),
      }),
    },
    { weight: 3, arbitrary: fc.constantFrom(...RAW_QUERIES).map((query) => ({ kind: 'rawQuery' as const, query })) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.record({
          kind: fc.constant('header' as const),
          name: fc.constant('accept-language'),
          value: fc.constantFrom('*', 'nb;q=abc', 'x'.repeat(2_000), ''),
        }),
        fc.record({
          kind: fc.constant('header' as const),
          name: fc.constant('x-forwarded-for'),
          value: fc.constantFrom('not-an-ip', '1.1.1.1, ' + '2.2.2.2, '.repeat(200), '::ffff:999.1.1.1'),
        }),
        fc.record({
          kind: fc.constant('header' as const),
          name: fc.constant('idempotency-key'),
          value: fc.constantFrom('short', 'k'.repeat(300), 'has space inside', ''),
        }),
        fc.record({
          kind: fc.constant('header' as const),
          name: fc.constantFrom('accept', 'if-none-match', 'range', 'content-language'),
          value: fc.constantFrom('application/xml', '*', 'bytes=5-1', 'x'.repeat(1_000)),
        }),
      ),
    },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.constantFrom(...context.callers).map((caller) => ({ kind: 'caller' as const, caller })),
        fc
          .constantFrom(
            'Bearer garbage',
            `Bearer ${anyToken.slice(0, -3)}abc`,
            'Basic Zm9vOmJhcg==',
            'Bearer ',
            `Bearer ${anyToken}.${anyToken}`,
            `Bearer ${'a'.repeat(4_000)}`,
          )
          .map((forged) => ({ kind: 'caller' as const, caller: 'forged', forged })),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD')
        .map((method) => ({ kind: 'method' as const, method })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('/', '//', '/.', '/%2e', '/x').map((suffix) => ({ kind: 'suffix' as const, suffix })),
    },
  ];
  if (route.body)
    choices.push(
      { weight: 24, arbitrary: mutation(['set']).map((change) => ({ kind: 'body' as const, change })) },
      { weight: 9, arbitrary: mutation(['delete', 'add']).map((change) => ({ kind: 'body' as const, change })) },
    );
  if (route.query)
    choices.push({
      weight: 12,
      arbitrary: mutation(['set', 'add']).map((change) => ({ kind: 'query' as const, change })),
    });
  if (route.upload)
    choices.push({ weight: 12, arbitrary: multipartBody.map((body) => ({ kind: 'multipart' as const, ...body })) });
  if (route.pathParams.length > 0)
    choices.push({
      weight: 12,
      arbitrary: fc.record({
        kind: fc.constant('segment' as const),
        pick: fc.nat(),
        value: fc.oneof(fc.constantFrom(...BAD_SEGMENTS), nastyText.map(percentEncode)),
      }),
    });
  return fc.oneof(...choices);
}

/**
 * One bad request for `route`: an ordinary request by one of the route's own users — real ids,
 * every body field plausible, a clean transport — with one or two faults, so most requests get
 * past authentication and the id lookup and test what lies behind them.
 */
function badRequest(route: RouteShape, context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      caller: fc.constantFrom(...context.usersOf(route)),
      segments: fc.tuple(
        ...route.pathParams.map((param) =>
          param === 'sku' ? fc.constantFrom(...context.skus) : oneOfOrUuid(context.idsFor(route, param)),
        ),
      ),
      body: route.body ? plausibleObject(route.body, route, context, true) : fc.constant(undefined),
      query: route.query ? plausibleObject(route.query, route, context, false) : fc.constant(undefined),
      key: fc.uuid(),
      faults: fc.array(faultsFor(route, context), { minLength: 1, maxLength: 2 }),
    })
    .map(({ caller, segments, body, query, key, faults }) => {
      let method = route.method;
      let suffix = '';
      let who: { caller: string; forged?: string } = { caller };
      let bytes: Buffer | undefined = body ? json(body) : undefined;
      let type: string | null = bytes ? 'application/json' : null;
      const headers: Record<string, string> = method === 'POST' ? { 'idempotency-key': key } : {};
      let rawQuery: string | undefined;
      let gzip = false;
      for (const fault of faults) {
        if (fault.kind === 'body' && body) {
          mutate(body, fault.change);
          bytes = json(body);
        } else if (fault.kind === 'query' && query) mutate(query, fault.change);
        else if (fault.kind === 'wholeBody') [bytes, type] = [fault.bytes, 'application/json'];
        else if (fault.kind === 'multipart') [bytes, type] = [fault.bytes, fault.type];
        else if (fault.kind === 'contentType') type = fault.type;
        else if (fault.kind === 'encoding') {
          headers['content-encoding'] = fault.encoding;
          gzip = fault.encoding === 'gzip' && fault.real;
        } else if (fault.kind === 'segment' && segments.length > 0)
          segments[fault.pick % segments.length] = fault.value;
        else if (fault.kind === 'rawQuery') rawQuery = fault.query;
        else if (fault.kind === 'header') headers[fault.name] = fault.value;
        else if (fault.kind === 'caller') who = { caller: fault.caller, forged: fault.forged };
        else if (fault.kind === 'method') method = fault.method;
        else if (fault.kind === 'suffix') suffix = fault.suffix;
      }
      // A real gzip body as often as not when the header says gzip: the inflated content is checked too.
      if (bytes && gzip) bytes = gzipSync(bytes);
      if (type && bytes) headers['content-type'] = type;
      if (who.forged) headers['authorization'] = who.forged;
      let path = route.path;
      route.pathParams.forEach((name, index) => (path = path.replace(`{${name}}`, segments[index] as string)));
      const search =
        rawQuery ??
        (query
          ? Object.entries(query)
              .flatMap(([name, value]) => queryPairs(name, value))
              .join('&')
          : '');
      return {
        route: `${route.method} ${route.path}`,
        caller: who.caller,
        method,
        path: `${path}${suffix}${search ? `?${search}` : ''}`,
        headers,
        body: bytes,
      };
    });
}

/** Every route weighs the same, however many inputs it has. */
export function badRequests(routes: RouteShape[], context: FuzzContext): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...routes.map((route) => badRequest(route, context)));
}
