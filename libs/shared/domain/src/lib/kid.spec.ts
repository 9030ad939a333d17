import { isValidKid, kidFor } from './kid';

describe('KID (MOD10)', () => {
  // Published MOD10 KIDs: the norwegian-numbers package's README and test suite
  // (github.com/Ondkloss/norwegian-numbers.js, README "makeKidNumber('1234') → '12344'",
  // test/norwegian-numbers.ts: 234567 → 2345676, 0 → 00), following no.wikipedia.org/wiki/KID-nummer.
  it.each(['12344', '2345676', '00'])('accepts the published KID %s', (kid) => {
    expect(isValidKid(kid)).toBe(true);
  });

  it('refuses a changed digit, a swapped pair, the wrong length and non-digits', () => {
    expect(isValidKid('12345')).toBe(false);
    expect(isValidKid('2345766')).toBe(false);
    expect(isValidKid('0')).toBe(false);
    expect(isValidKid('1'.repeat(26))).toBe(false);
    expect(isValidKid('1234a')).toBe(false);
    expect(isValidKid(' 12344')).toBe(false);
  });

  it('makes a valid KID of the invoice number padded to eight digits (leading zeros keep the check digit)', () => {
    expect(kidFor(1234)).toBe('000012344');
    expect(kidFor(234567)).toBe('002345676');
    expect(kidFor(100_042)).toMatch(/^00100042\d$/);
    for (let n = 1; n <= 2_000; n += 37) expect(isValidKid(kidFor(n))).toBe(true);
  });

  it('puts a prefix in front, still one check digit over all of it', () => {
    // 12 + 00000345: Luhn over 1200000345 gives 4.
    expect(kidFor(345, '12')).toBe('12000003454');
    expect(isValidKid(kidFor(345, '12'))).toBe(true);
    expect(kidFor(345, '12')).not.toBe(kidFor(345, '21'));
  });

  it('refuses what cannot make a KID', () => {
    expect(() => kidFor(0)).toThrow(RangeError);
    expect(() => kidFor(1.5)).toThrow(RangeError);
    expect(() => kidFor(100_000_000)).toThrow(RangeError);
    expect(() => kidFor(1, '12a')).toThrow(/digits only/);
    expect(() => kidFor(1, '1'.repeat(17))).toThrow(/at most 25/);
  });
});
