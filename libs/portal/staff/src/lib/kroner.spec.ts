import { parseKroner } from './kroner';

describe('parseKroner', () => {
  it('reads amounts as people type them, into øre', () => {
    expect(parseKroner('1 234,50')).toBe(123_450);
    expect(parseKroner('1\u00a0234,5')).toBe(123_450);
    expect(parseKroner('1234.05')).toBe(123_405);
    expect(parseKroner('kr 99')).toBe(9_900);
    expect(parseKroner('0,01')).toBe(1);
  });

  it('refuses what is not an amount with at most two decimals', () => {
    for (const text of ['', 'abc', '12,345', '-5', '1.234,50', '1e3']) expect(parseKroner(text)).toBeNull();
  });
});
