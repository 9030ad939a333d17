import type { DeliveryCountry } from './shipping';

/**
 * The postcode format of each delivery country (the national post's own rule), so that an
 * address like `X / 12 / Y` is refused where it is typed instead of where the parcel stops.
 * Written without spaces where the country allows both (`SE 111 22` and `11122`); the example
 * is shown to the user with the refusal.
 */
const POSTAL_CODES: Record<DeliveryCountry, { pattern: RegExp; example: string }> = {
  NO: { pattern: /^\d{4}$/, example: '0150' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '111 22' },
  DK: { pattern: /^\d{4}$/, example: '1050' },
  FI: { pattern: /^\d{5}$/, example: '00100' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  NL: { pattern: /^\d{4} ?[A-Z]{2}$/, example: '1012 AB' },
  BE: { pattern: /^\d{4}$/, example: '1000' },
  LU: { pattern: /^(L-)?\d{4}$/, example: 'L-1009' },
  FR: { pattern: /^\d{5}$/, example: '75001' },
  AT: { pattern: /^\d{4}$/, example: '1010' },
  CH: { pattern: /^\d{4}$/, example: '8001' },
  IE: { pattern: /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}$/, example: 'D02 X285' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1000-001' },
  ES: { pattern: /^\d{5}$/, example: '28001' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
};

export function isValidPostalCode(postalCode: string, country: DeliveryCountry): boolean {
  const rule = POSTAL_CODES[country];
  return rule.pattern.test(postalCode.trim().toUpperCase());
}

/** A postcode of the country, to show beside a refusal ("e.g. 0150"). */
export function postalCodeExample(country: DeliveryCountry): string {
  return POSTAL_CODES[country].example;
}
