import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/lumen' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(base);
    expect(config.port).toBe(3000);
    expect(config.jwt.accessTtlSeconds).toBe(900);
    expect(config.seedDemoData).toBe(true);
  });

  it('runs one process in development and one per core in production, unless LUMEN_WORKERS says', () => {
    expect(loadConfig(base).workers).toBe(1);
    const production = { ...base, ...seller, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).workers).toBe(availableParallelism());
    expect(loadConfig({ ...production, LUMEN_WORKERS: '3' }).workers).toBe(3);
    expect(() => loadConfig({ ...base, LUMEN_WORKERS: '0' })).toThrow(/LUMEN_WORKERS/);
  });

  it('drains for 5 s before closing in production only, and listens where DATABASE_URL points unless told', () => {
    expect(loadConfig(base).shutdown).toEqual({ drainMs: 0, timeoutMs: 15_000 });
    const production = { ...base, ...seller, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).shutdown.drainMs).toBe(5_000);
    expect(loadConfig(base)).toMatchObject({ databaseListenUrl: base.DATABASE_URL, databaseNamedStatements: true });
    expect(
      loadConfig({ ...base, DATABASE_LISTEN_URL: 'postgres://u:p@db:5432/lumen', DATABASE_NAMED_STATEMENTS: 'false' }),
    ).toMatchObject({ databaseListenUrl: 'postgres://u:p@db:5432/lumen', databaseNamedStatements: false });
  });

  it('refuses to start without a database', () => {
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });

  it('names the variable with a bad value', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(
      new ConfigError('PORT must be a whole number from 0 to 65535, got "eighty"'),
    );
    expect(() => loadConfig({ ...base, SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
  });

  /** A complete, valid seller (the demo values), as production must set it. */
  const seller = {
    LUMEN_SELLER_NAME: 'Lumen Trade',
    LUMEN_SELLER_LEGAL_NAME: 'Lumen Trade AS',
    LUMEN_SELLER_ORG_NUMBER: '123 456 785',
    LUMEN_SELLER_ADDRESS: 'Lysverkgata 1',
    LUMEN_SELLER_POSTAL_CODE: '0150',
    LUMEN_SELLER_CITY: 'Oslo',
    LUMEN_SELLER_BANK_ACCOUNT: '1234.56.78903',
    LUMEN_SELLER_IBAN: 'NO7112345678903',
    LUMEN_SELLER_BIC: 'DNBANOKK',
    LUMEN_SELLER_EMAIL: 'faktura@lumen.no',
    LUMEN_SELLER_PHONE: '+47 22 00 00 00',
    LUMEN_SELLER_WEBSITE: 'https://lumen.no',
  };

  it('requires a real secret in production and never seeds there', () => {
    expect(() => loadConfig({ ...base, ...seller, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({
      ...base,
      ...seller,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      SEED_DEMO_DATA: 'true',
    });
    expect(config.seedDemoData).toBe(false);
  });

  it('parses the seller once: the demo seller outside production, every LUMEN_SELLER_* required in it', () => {
    expect(loadConfig(base).seller.legalName).toBe('Lumen Trade AS');
    const production = { ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/must be configured in production: set LUMEN_SELLER_NAME, /);
    const withoutBic: Record<string, string> = { ...seller };
    delete withoutBic['LUMEN_SELLER_BIC'];
    expect(() => loadConfig({ ...production, ...withoutBic })).toThrow(/set LUMEN_SELLER_BIC$/);
    expect(() => loadConfig({ ...production, ...seller, LUMEN_SELLER_IBAN: 'NO7212345678903' })).toThrow(ConfigError);
    expect(loadConfig({ ...production, ...seller }).seller).toMatchObject({
      organisationNumber: '123456785',
      bankAccount: { bban: '12345678903' },
      email: 'faktura@lumen.no',
    });
  });

  it('trusts no proxy unless TRUSTED_PROXIES names some', () => {
    expect(loadConfig(base).trustedProxies).toEqual([]);
    expect(loadConfig({ ...base, TRUSTED_PROXIES: ' ' }).trustedProxies).toEqual([]);
    expect(
      loadConfig({ ...base, TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16,fd00::/8 ,::1,loopback' }).trustedProxies,
    ).toEqual(['10.0.0.1', '192.168.0.0/16', 'fd00::/8', '::1', 'loopback']);
  });

  it('refuses a proxy list it cannot read, naming the entry', () => {
    expect(() => loadConfig({ ...base, TRUSTED_PROXIES: '10.0.0.1,proxy.local' })).toThrow(
      new ConfigError(
        'TRUSTED_PROXIES must be IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas; "proxy.local" is not',
      ),
    );
    for (const bad of ['10.0.0.0/33', '::1/129', '10.0.0.1/', '10.0.0.0/8/1', '10.0.0.1,,10.0.0.2', '*']) {
      expect(() => loadConfig({ ...base, TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
