const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * Checks a Norwegian organisation number (Brønnøysund): nine digits whose last digit is a
 * MOD11 check digit over the first eight with weights 3 2 7 6 5 4 3 2. A remainder that
 * would need check digit 10 means the number was never issued.
 */
export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * digits[i], 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === digits[8];
}

/** Accepts the usual written forms ("923 609 016", "NO 923609016 MVA") and returns the nine digits. */
export function normaliseOrganisationNumber(value: string): string {
  return value
    .replace(/^NO/i, '')
    .replace(/MVA$/i, '')
    .replace(/[\s.-]/g, '');
}
