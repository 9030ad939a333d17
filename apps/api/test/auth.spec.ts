import { createHmac } from 'node:crypto';
import type { TokenPair } from '@lumen/shared/contracts';
import { startTestApp, type TestApp } from './support/test-app';

const registration = (
  overrides: {
    email?: string;
    organisationNumber?: string;
    password?: string;
    customerType?: string;
  } = {},
) => ({
  company: {
    name: 'Lysverket AS',
    organisationNumber: overrides.organisationNumber ?? '981566378',
    customerType: overrides.customerType ?? 'business',
    phone: '+47 99 88 77 66',
    billingAddress: {
      line1: 'Kongens gate 1',
      postalCode: '7011',
      city: 'Trondheim',
      country: 'NO',
    },
  },
  user: {
    name: 'Lise Lys',
    email: overrides.email ?? 'lise@lysverket.test',
    password: overrides.password ?? 'very-secret-10',
  },
});

/** Signs a JWT by hand, to present tokens the API must refuse. */
function signJwt(
  payload: object,
  secret: string,
  header: object = { alg: 'HS256', typ: 'JWT' },
): string {
  const encode = (value: object) =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

describe('authentication over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('registration', () => {
    it('creates an active silver business company whose first user is its admin', async () => {
      const response = await t.http.post<TokenPair>(
        '/auth/register',
        registration(),
      );
      expect(response.status).toBe(201);
      const me = await t.http.get('/me', { token: response.body.accessToken });
      expect(me.status).toBe(200);
      expect(me.body.company).toMatchObject({
        name: 'Lysverket AS',
        status: 'active',
        tier: 'silver',
        customerType: 'business',
      });
      expect(me.body.user.roles).toEqual(['Admin']);
      expect(me.body.permissions).toContain('users.manage');
      const [billing] = await t.sql(
        `SELECT kind, city FROM addresses WHERE company_id = $1`,
        [me.body.company.id],
      );
      expect(billing).toEqual({ kind: 'billing', city: 'Trondheim' });
    });

    it('makes a non-VAT-registered company wait for verification and keeps it from ordering', async () => {
      const response = await t.http.post<TokenPair>(
        '/auth/register',
        registration({
          email: 'nonvat@example.test',
          organisationNumber: '914778271',
          customerType: 'non_vat_registered',
        }),
      );
      expect(response.status).toBe(201);
      const me = await t.http.get('/me', { token: response.body.accessToken });
      expect(me.body.company.status).toBe('pending_verification');
      const canPlaceOrders = me.body.rules.some(
        (rule: { action: string | string[]; subject: string }) =>
          [rule.action].flat().includes('place'),
      );
      expect(canPlaceOrders).toBe(false);
    });

    it('refuses a bad organisation number, naming the field', async () => {
      const response = await t.http.post(
        '/auth/register',
        registration({
          email: 'x@example.test',
          organisationNumber: '923609017',
        }),
      );
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.details).toContainEqual(
        expect.objectContaining({
          field: 'company.organisationNumber',
          code: 'organisationNumber',
        }),
      );
    });

    it('refuses a weak password, naming the field', async () => {
      const response = await t.http.post(
        '/auth/register',
        registration({ email: 'y@example.test', password: 'short' }),
      );
      expect(response.status).toBe(400);
      expect(response.body.details).toContainEqual(
        expect.objectContaining({ field: 'user.password', code: 'minLength' }),
      );
    });

    it('refuses a duplicate e-mail (in any case) with 409', async () => {
      const response = await t.http.post(
        '/auth/register',
        registration({
          email: 'BUYER@nordlys.test',
          organisationNumber: '986105174',
        }),
      );
      expect(response.status).toBe(409);
      expect(response.body.code).toBe('email_taken');
      const companies = await t.sql(
        `SELECT 1 FROM companies WHERE organisation_number = '986105174'`,
      );
      expect(companies).toHaveLength(0);
    });

    it('refuses unknown fields (no mass assignment of tier or status)', async () => {
      const body = registration({
        email: 'z@example.test',
        organisationNumber: '986105174',
      });
      const response = await t.http.post('/auth/register', {
        ...body,
        company: { ...body.company, tier: 'platinum' },
      });
      expect(response.status).toBe(400);
      expect(response.body.details).toContainEqual(
        expect.objectContaining({
          field: 'company.tier',
          code: 'unknown_field',
        }),
      );
    });
  });

  describe('login', () => {
    it('answers wrong password and unknown e-mail with the same 401', async () => {
      const wrongPassword = await t.http.post('/auth/login', {
        email: 'viewer@nordlys.test',
        password: 'not-the-password',
      });
      const unknownEmail = await t.http.post('/auth/login', {
        email: 'nobody@nordlys.test',
        password: 'not-the-password',
      });
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(wrongPassword.body).toEqual(unknownEmail.body);
      expect(wrongPassword.body.code).toBe('invalid_credentials');
    });

    it('takes about the same time for an unknown e-mail as for a wrong password', async () => {
      const time = async (email: string) => {
        const started = performance.now();
        await t.http.post('/auth/login', {
          email,
          password: 'not-the-password',
        });
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 3; i++) {
        known.push(await time('purchaser@nordlys.test'));
        unknown.push(await time(`ghost${i}@nordlys.test`));
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[1];
      // Both pay one argon2id verification; without the dummy hash the unknown e-mail would be ~10x faster.
      expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    });

    it('issues a 15-minute HS256 token with issuer and audience', async () => {
      const tokens = await t.http.login('buyer@nordlys.test');
      const claims = claimsOf(tokens.accessToken);
      expect(claims).toMatchObject({ iss: 'lumen-trade', aud: 'lumen-portal' });
      expect((claims['exp'] as number) - (claims['iat'] as number)).toBe(900);
      expect(tokens.expiresIn).toBe(900);
    });
  });

  describe('access tokens the API must refuse', () => {
    let valid: Record<string, unknown>;
    beforeAll(async () => {
      valid = claimsOf((await t.http.login('buyer@nordlys.test')).accessToken);
    });

    it('accepts the genuine article (control)', async () => {
      const token = signJwt(valid, t.config.jwt.secret);
      expect((await t.http.get('/me', { token })).status).toBe(200);
    });

    it('refuses alg none', async () => {
      const encode = (value: object) =>
        Buffer.from(JSON.stringify(value)).toString('base64url');
      const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(valid)}.`;
      expect((await t.http.get('/me', { token })).status).toBe(401);
    });

    it('refuses a wrong signature', async () => {
      const token = signJwt(
        valid,
        'another-secret-that-is-long-enough-to-pass',
      );
      expect((await t.http.get('/me', { token })).status).toBe(401);
    });

    it('refuses a wrong audience', async () => {
      const token = signJwt(
        { ...valid, aud: 'someone-else' },
        t.config.jwt.secret,
      );
      expect((await t.http.get('/me', { token })).status).toBe(401);
    });

    it('refuses an expired token', async () => {
      const past = Math.floor(Date.now() / 1000) - 3600;
      const token = signJwt(
        { ...valid, iat: past - 900, exp: past },
        t.config.jwt.secret,
      );
      const response = await t.http.get('/me', { token });
      expect(response.status).toBe(401);
      // Not `invalid_token`: that is the code of a bad e-mail link, and the portal words it so.
      expect(response.body.code).toBe('session_expired');
    });

    it('refuses a request without a token on a protected route', async () => {
      expect((await t.http.get('/me')).status).toBe(401);
    });
  });

  describe('refresh tokens', () => {
    it('rotates: a refresh gives a new pair and spends the old token', async () => {
      const first = await t.http.login('buyer@nordlys.test');
      const second = await t.http.post<TokenPair>('/auth/refresh', {
        refreshToken: first.refreshToken,
      });
      expect(second.status).toBe(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      expect(
        (await t.http.get('/me', { token: second.body.accessToken })).status,
      ).toBe(200);
      const third = await t.http.post<TokenPair>('/auth/refresh', {
        refreshToken: second.body.refreshToken,
      });
      expect(third.status).toBe(200);
    });

    it('detects reuse of a spent token and ends the whole session', async () => {
      const first = await t.http.login('buyer@nordlys.test');
      const second = await t.http.post<TokenPair>('/auth/refresh', {
        refreshToken: first.refreshToken,
      });
      const replay = await t.http.post('/auth/refresh', {
        refreshToken: first.refreshToken,
      });
      expect(replay.status).toBe(401);
      expect(replay.body.code).toBe('refresh_token_reused');
      // The thief's copy and the legitimate holder's newer tokens are both dead now.
      expect(
        (
          await t.http.post('/auth/refresh', {
            refreshToken: second.body.refreshToken,
          })
        ).status,
      ).toBe(401);
      expect(
        (await t.http.get('/me', { token: second.body.accessToken })).status,
      ).toBe(401);
    });

    it('refuses garbage', async () => {
      const response = await t.http.post('/auth/refresh', {
        refreshToken: 'not-a-token',
      });
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('invalid_refresh_token');
    });
  });

  it('logout revokes the session: its access and refresh tokens stop working', async () => {
    const tokens = await t.http.login('viewer@nordlys.test');
    expect(
      (
        await t.http.post('/auth/logout', undefined, {
          token: tokens.accessToken,
        })
      ).status,
    ).toBe(204);
    expect(
      (await t.http.get('/me', { token: tokens.accessToken })).status,
    ).toBe(401);
    expect(
      (
        await t.http.post('/auth/refresh', {
          refreshToken: tokens.refreshToken,
        })
      ).status,
    ).toBe(401);
  });

  it('password change needs the current password and ends the other sessions only', async () => {
    await t.http.post(
      '/auth/register',
      registration({
        email: 'changer@example.test',
        organisationNumber: '986105174',
      }),
    );
    const here = await t.http.login('changer@example.test', 'very-secret-10');
    const elsewhere = await t.http.login(
      'changer@example.test',
      'very-secret-10',
    );

    const wrong = await t.http.post(
      '/auth/password',
      { currentPassword: 'nope-nope-nope', newPassword: 'brand-new-secret' },
      { token: here.accessToken },
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toContainEqual(
      expect.objectContaining({
        field: 'currentPassword',
        code: 'wrong_password',
      }),
    );

    const changed = await t.http.post(
      '/auth/password',
      { currentPassword: 'very-secret-10', newPassword: 'brand-new-secret' },
      { token: here.accessToken },
    );
    expect(changed.status).toBe(204);
    expect((await t.http.get('/me', { token: here.accessToken })).status).toBe(
      200,
    );
    expect(
      (await t.http.get('/me', { token: elsewhere.accessToken })).status,
    ).toBe(401);
    expect(
      (
        await t.http.post('/auth/refresh', {
          refreshToken: elsewhere.refreshToken,
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await t.http.post('/auth/login', {
          email: 'changer@example.test',
          password: 'very-secret-10',
        })
      ).status,
    ).toBe(401);
    await t.http.login('changer@example.test', 'brand-new-secret');
  });

  describe('forgotten password', () => {
    const resetLinkFor = async (email: string): Promise<string> => {
      const [mail] = await t.sql<{ body: string }>(
        `SELECT body FROM outbox_messages WHERE kind = 'password_reset' AND recipient = $1 ORDER BY created_at DESC LIMIT 1`,
        [email],
      );
      const match = /reset-password\?token=([^\s]+)/.exec(mail.body);
      if (!match) throw new Error('no reset link in the mail');
      return decodeURIComponent(match[1]);
    };

    it('answers 202 for known and unknown e-mails alike, and mails only the known one', async () => {
      const known = await t.http.post('/auth/password/forgot', {
        email: 'purchaser@nordlys.test',
      });
      const unknown = await t.http.post('/auth/password/forgot', {
        email: 'nobody@nowhere.test',
      });
      expect(known.status).toBe(202);
      expect(unknown.status).toBe(202);
      expect(known.text).toBe(unknown.text);
      const mails = await t.sql(
        `SELECT recipient FROM outbox_messages WHERE kind = 'password_reset'`,
      );
      expect(mails).toEqual([{ recipient: 'purchaser@nordlys.test' }]);
      expect(await t.deliverMail()).toBeGreaterThanOrEqual(1);
      const [sent] = await t.sql(
        `SELECT sent_at FROM outbox_messages WHERE kind = 'password_reset'`,
      );
      expect(sent['sent_at']).not.toBeNull();
    });

    it('resets once with the link, ending every session; the link cannot be used again', async () => {
      const session = await t.http.login('admin@fjordbygg.test');
      await t.http.post('/auth/password/forgot', {
        email: 'admin@fjordbygg.test',
      });
      const token = await resetLinkFor('admin@fjordbygg.test');
      const reset = await t.http.post('/auth/password/reset', {
        token,
        newPassword: 'fjord-new-password',
      });
      expect(reset.status).toBe(204);
      expect(
        (await t.http.get('/me', { token: session.accessToken })).status,
      ).toBe(401);
      await t.http.login('admin@fjordbygg.test', 'fjord-new-password');
      const again = await t.http.post('/auth/password/reset', {
        token,
        newPassword: 'another-new-password',
      });
      expect(again.status).toBe(400);
      expect(again.body.code).toBe('invalid_token');
    });

    it('refuses an expired link', async () => {
      await t.http.post('/auth/password/forgot', {
        email: 'viewer@nordlys.test',
      });
      const token = await resetLinkFor('viewer@nordlys.test');
      await t.sql(
        `UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [token.split('.')[0]],
      );
      const response = await t.http.post('/auth/password/reset', {
        token,
        newPassword: 'viewer-new-password',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('invalid_token');
    });

    it('makes links that expire after one hour', async () => {
      await t.http.post('/auth/password/forgot', {
        email: 'buyer@nordlys.test',
      });
      const token = await resetLinkFor('buyer@nordlys.test');
      const [row] = await t.sql<{ minutes: number }>(
        `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM user_tokens WHERE id = $1`,
        [token.split('.')[0]],
      );
      expect(row.minutes).toBe(60);
    });
  });

  // Throttling (per account and address, with a ceiling per address) is login-throttle.spec.ts.
});
