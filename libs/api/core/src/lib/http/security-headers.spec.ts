import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it("records helmet's defaults: a same-origin CSP, no framing, no sniffing, HSTS", () => {
    const headers = securityHeaders({});
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers).toMatchObject({
      'x-frame-options': 'SAMEORIGIN',
      'x-content-type-options': 'nosniff',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'referrer-policy': 'no-referrer',
    });
  });

  it('follows the options it is given', () => {
    const upgrade = securityHeaders({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: [] } } });
    const plain = securityHeaders({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } });
    expect(upgrade['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(plain['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('refuses options helmet refuses, at start-up rather than on a request', () => {
    expect(() =>
      securityHeaders({ contentSecurityPolicy: { directives: { 'script-src': ['self; evil'] } } }),
    ).toThrow();
  });
});
