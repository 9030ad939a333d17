import { startTestApp, type TestApp } from './support/test-app';

const csp = async (t: TestApp) => (await t.http.get('/health')).headers.get('content-security-policy') ?? '';

describe('Content-Security-Policy', () => {
  let plain: TestApp;
  let secure: TestApp;

  beforeAll(async () => {
    plain = await startTestApp({ PUBLIC_URL: 'http://192.168.1.20:3000' });
    secure = await startTestApp({ PUBLIC_URL: 'https://portal.lumen.no' });
  });
  afterAll(() => Promise.all([plain.close(), secure.close()]));

  it('does not send browsers to https when the portal is served over plain HTTP', async () => {
    const policy = await csp(plain);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('upgrades insecure requests when the portal is public over https', async () => {
    const policy = await csp(secure);
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain('upgrade-insecure-requests');
  });

  it('is on every answer, refusals before and after routing included', async () => {
    const unknownRoute = await plain.http.get('/no-such-route');
    const brokenJson = await plain.http.post('/auth/login', '{"email":', {
      headers: { 'content-type': 'application/json' },
    });
    for (const [answer, status] of [
      [unknownRoute, 404],
      [brokenJson, 400],
    ] as const) {
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
