import { DELIVERY_COUNTRIES } from './shipping';
import { isValidPostalCode, postalCodeExample } from './postal-code';

describe('postcodes per delivery country', () => {
  it('takes each country’s own format', () => {
    expect(isValidPostalCode('0150', 'NO')).toBe(true);
    expect(isValidPostalCode('111 22', 'SE')).toBe(true);
    expect(isValidPostalCode('11122', 'SE')).toBe(true);
    expect(isValidPostalCode('1012 ab', 'NL')).toBe(true);
    expect(isValidPostalCode('L-1009', 'LU')).toBe(true);
    expect(isValidPostalCode('1000-001', 'PT')).toBe(true);
    expect(isValidPostalCode('SW1A 1AA', 'GB')).toBe(true);
    expect(isValidPostalCode('D02 X285', 'IE')).toBe(true);
    expect(isValidPostalCode(' 7011 ', 'NO')).toBe(true);
  });

  it('refuses what the post would not deliver to', () => {
    expect(isValidPostalCode('X / 12 / Y', 'NO')).toBe(false);
    expect(isValidPostalCode('12345', 'NO')).toBe(false);
    expect(isValidPostalCode('015', 'NO')).toBe(false);
    expect(isValidPostalCode('1112', 'SE')).toBe(false);
    expect(isValidPostalCode('0150', 'DE')).toBe(false);
    expect(isValidPostalCode('1000001', 'PT')).toBe(false);
  });

  it('has an example for every delivery country that its own rule accepts', () => {
    for (const country of DELIVERY_COUNTRIES) expect(isValidPostalCode(postalCodeExample(country), country)).toBe(true);
  });
});
