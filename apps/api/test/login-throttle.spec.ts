import {
  LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
  LOGIN_FAILURES_PER_ADDRESS,
  LOGIN_LOCKOUT_MINUTES,
} from '@lumen/shared/domain';
import { request as httpRequest } from 'node:http';
import { statementsDuring } from './support/sql-statements';
import { DEMO_PASSWORD } from './support/http-client';
import { startTestApp, type TestApp } from './support/test-app';

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { code?: string; message?: string; details?: { scope: string; lockedUntil: string; retryAfter: number } };
}

/**
 * A login sent from a chosen local address: every 127.x.y.z is this machine, so the API sees a
 * different client address per office without trusting any header.
 */
function loginFrom(
  app: TestApp,
  from: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const url = new URL(`${app.http.baseUrl}/auth/login`);
  const body = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            retryAfter: response.headers['retry-after'],
            body: JSON.parse(text),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const OFFICE = '127.0.0.1';
const HOME = '127.0.0.2';
const WRONG = 'wrong-password-1';

async function failLogins(app: TestApp, from: string, email: string, times: number, headers = {}): Promise<void> {
  for (let i = 0; i < times; i++) {
    expect((await loginFrom(app, from, email, WRONG, headers)).status).toBe(401);
  }
}

const forget = (app: TestApp) => app.sql('TRUNCATE login_attempts, login_address_attempts');

describe('login throttling per account and address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => forget(t));

  it('locks one account from one address after 10 failures, even for the right password, and says until when', async () => {
    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    const before = Date.now();
    const locked = await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD);

    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('too_many_login_attempts');
    const { details } = locked.body as Required<Answer['body']>;
    expect(details.scope).toBe('account');
    const until = new Date(details.lockedUntil).getTime();
    expect(until - before).toBeGreaterThan((LOGIN_LOCKOUT_MINUTES - 1) * 60_000);
    expect(until - before).toBeLessThanOrEqual(LOGIN_LOCKOUT_MINUTES * 60_000);
    expect(locked.body.message).toContain(`locked for this network until ${details.lockedUntil}`);
    expect(details.retryAfter).toBeGreaterThan((LOGIN_LOCKOUT_MINUTES - 1) * 60);
    expect(locked.retryAfter).toBe(String(details.retryAfter));
  });

  it('lets the other accounts of the same office address log in while one is locked', async () => {
    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD)).status).toBe(429);

    expect((await loginFrom(t, OFFICE, 'admin@nordlys.test', DEMO_PASSWORD)).status).toBe(200);
    expect((await loginFrom(t, OFFICE, 'viewer@nordlys.test', DEMO_PASSWORD)).status).toBe(200);
    // Their typos count on their own: one wrong password does not lock them.
    expect((await loginFrom(t, OFFICE, 'viewer@nordlys.test', WRONG)).status).toBe(401);
    expect((await loginFrom(t, OFFICE, 'viewer@nordlys.test', DEMO_PASSWORD)).status).toBe(200);
  });

  it('lets the locked account log in from another address, which does not unlock the first', async () => {
    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);

    expect((await loginFrom(t, HOME, 'buyer@nordlys.test', DEMO_PASSWORD)).status).toBe(200);
    expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD)).status).toBe(429);
  });

  it('starts the pair from zero after a successful login', async () => {
    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1);
    expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD)).status).toBe(200);

    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD)).status).toBe(429);
  });

  it('neither prolongs a lock nor counts against the office while a locked user keeps trying', async () => {
    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    const first = await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD);
    for (let i = 0; i < 20; i++) {
      const again = await loginFrom(t, OFFICE, 'buyer@nordlys.test', WRONG);
      expect(again.status).toBe(429);
      expect(again.body.details?.lockedUntil).toBe(first.body.details?.lockedUntil);
    }
    const [address] = await t.sql<{ failures: number }>(`SELECT failures FROM login_address_attempts WHERE ip = $1`, [
      OFFICE,
    ]);
    expect(address.failures).toBe(LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
  });

  it('locks every account of an address that reaches 100 failures, and only that address', async () => {
    // 99 failures over many accounts already counted; the 100th is still tried, then it locks.
    await t.sql(
      `INSERT INTO login_address_attempts (ip, failures, expires_at) VALUES ($1, $2, now() + interval '10 minutes')`,
      [OFFICE, LOGIN_FAILURES_PER_ADDRESS - 1],
    );
    expect((await loginFrom(t, OFFICE, 'guess@nordlys.test', WRONG)).status).toBe(401);

    const locked = await loginFrom(t, OFFICE, 'viewer@nordlys.test', DEMO_PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.details?.scope).toBe('address');
    expect(locked.body.message).toContain(`logging in from it is locked until ${locked.body.details?.lockedUntil}`);
    expect(Number(locked.retryAfter)).toBeGreaterThan((LOGIN_LOCKOUT_MINUTES - 1) * 60);
    expect((await loginFrom(t, HOME, 'viewer@nordlys.test', DEMO_PASSWORD)).status).toBe(200);
    // Refused by the address lock, the account's own count does not move.
    const pairs = await t.sql(`SELECT 1 FROM login_attempts WHERE email = 'viewer@nordlys.test' AND ip = $1`, [OFFICE]);
    expect(pairs).toHaveLength(0);
  });

  it('does not hold a successful login against the address ceiling', async () => {
    await t.sql(
      `INSERT INTO login_address_attempts (ip, failures, expires_at) VALUES ($1, $2, now() + interval '10 minutes')`,
      [OFFICE, LOGIN_FAILURES_PER_ADDRESS - 1],
    );
    for (const email of ['admin@nordlys.test', 'buyer@nordlys.test', 'viewer@nordlys.test']) {
      expect((await loginFrom(t, OFFICE, email, DEMO_PASSWORD)).status).toBe(200);
    }
  });

  it('forgets failures once the window is over', async () => {
    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    await t.sql(`UPDATE login_attempts SET expires_at = now() - interval '1 second'`);
    await t.sql(`UPDATE login_address_attempts SET expires_at = now() - interval '1 second'`);

    expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', WRONG)).status).toBe(401);
    const [pair] = await t.sql<{ failures: number }>(
      `SELECT failures FROM login_attempts WHERE email = 'buyer@nordlys.test' AND ip = $1`,
      [OFFICE],
    );
    expect(pair.failures).toBe(1);
    expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD)).status).toBe(200);
  });

  it('lets exactly 10 of 30 simultaneous guesses at one account through to the password check', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => loginFrom(t, OFFICE, 'buyer@nordlys.test', WRONG)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
    expect(statuses.filter((status) => status === 429)).toHaveLength(30 - LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
  });

  it('counts a failure with one statement beside the user lookup, and refuses a locked login with that one alone', async () => {
    const failed = await statementsDuring(() => loginFrom(t, OFFICE, 'buyer@nordlys.test', WRONG));
    // The counting upsert, then the user.
    expect(failed).toHaveLength(2);
    await failLogins(t, OFFICE, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS - 1);
    const refused = await statementsDuring(() => loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD));
    expect(refused).toHaveLength(1);
  });

  it('forgets expired counters of other accounts and addresses when someone logs in', async () => {
    await t.sql(
      `INSERT INTO login_attempts (email, ip, failures, expires_at)
       VALUES ('gone@nordlys.test', '192.0.2.1', 3, now() - interval '1 minute'),
              ('live@nordlys.test', '192.0.2.1', 3, now() + interval '1 minute')`,
    );
    await t.sql(
      `INSERT INTO login_address_attempts (ip, failures, expires_at)
       VALUES ('192.0.2.1', 6, now() - interval '1 minute'), ('192.0.2.2', 6, now() + interval '1 minute')`,
    );
    expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD)).status).toBe(200);
    expect(await t.sql(`SELECT email FROM login_attempts`)).toEqual([{ email: 'live@nordlys.test' }]);
    expect(await t.sql(`SELECT ip FROM login_address_attempts ORDER BY ip`)).toEqual([
      { ip: '127.0.0.1' },
      { ip: '192.0.2.2' },
    ]);
  });

  it('ignores a forged X-Forwarded-For when no proxy is trusted: the real address is counted', async () => {
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      const forged = { 'x-forwarded-for': `198.51.100.${i + 1}` };
      expect((await loginFrom(t, OFFICE, 'buyer@nordlys.test', WRONG, forged)).status).toBe(401);
    }
    const next = await loginFrom(t, OFFICE, 'buyer@nordlys.test', DEMO_PASSWORD, {
      'x-forwarded-for': '198.51.100.99',
    });
    expect(next.status).toBe(429);
    expect(await t.sql(`SELECT ip FROM login_attempts`)).toEqual([{ ip: OFFICE }]);
  });
});

describe('login throttling behind a trusted proxy', () => {
  let t: TestApp;
  const PROXY = '127.0.0.1';

  beforeAll(async () => {
    t = await startTestApp({ TRUSTED_PROXIES: PROXY });
  });
  afterAll(() => t.close());
  beforeEach(() => forget(t));

  it('counts the client address the trusted proxy forwards', async () => {
    const office = { 'x-forwarded-for': '203.0.113.7' };
    await failLogins(t, PROXY, 'buyer@nordlys.test', LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS, office);

    expect((await loginFrom(t, PROXY, 'buyer@nordlys.test', DEMO_PASSWORD, office)).status).toBe(429);
    const home = { 'x-forwarded-for': '203.0.113.8' };
    expect((await loginFrom(t, PROXY, 'buyer@nordlys.test', DEMO_PASSWORD, home)).status).toBe(200);
    expect(await t.sql(`SELECT ip FROM login_attempts`)).toEqual([{ ip: '203.0.113.7' }]);
  });

  it('still ignores the header from a peer that is not the trusted proxy', async () => {
    await failLogins(t, HOME, 'buyer@nordlys.test', 1, { 'x-forwarded-for': '203.0.113.9' });
    expect(await t.sql(`SELECT ip FROM login_attempts`)).toEqual([{ ip: HOME }]);
  });
});
