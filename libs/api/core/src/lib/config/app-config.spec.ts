import { ConfigError, loadConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/lumen' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const config = loadConfig(base);
    expect(config.port).toBe(3000);
    expect(config.jwt.accessTtlSeconds).toBe(900);
    expect(config.seedDemoData).toBe(true);
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

  it('requires a real secret in production and never seeds there', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    const config = loadConfig({
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      SEED_DEMO_DATA: 'true',
    });
    expect(config.seedDemoData).toBe(false);
  });
});
