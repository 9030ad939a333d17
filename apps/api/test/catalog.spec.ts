import { startTestApp, type TestApp } from './support/test-app';

describe('catalog over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('has the default tier discounts', async () => {
    const rows = await t.sql(`SELECT tier, discount_percent::float8 AS p FROM tier_discounts ORDER BY p`);
    expect(rows).toEqual([
      { tier: 'silver', p: 5 },
      { tier: 'gold', p: 10 },
      { tier: 'platinum', p: 15 },
    ]);
  });
});
