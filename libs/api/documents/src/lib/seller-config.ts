import { isValidOrganisationNumber } from '@lumen/shared/domain';
import type { SellerDetails } from './document-model';

/**
 * The shop as seller on every document. The demo default is a fictitious company with a valid
 * organisation number (MOD11) and a valid account number (MOD11, IBAN MOD97); production sets
 * the LUMEN_SELLER_* variables (README: "Seller details").
 */
const DEMO_SELLER: SellerDetails = {
  name: 'Lumen Trade',
  legalName: 'Lumen Trade AS',
  organisationNumber: '123456785',
  address: { line1: 'Lysverkgata 1', line2: null, postalCode: '0150', city: 'Oslo', country: 'NO' },
  contact: null,
  bankAccount: { bban: '12345678903', iban: 'NO7112345678903', bic: 'DNBANOKK' },
  email: 'faktura@lumen.test',
  phone: '+47 22 00 00 00',
  website: 'https://lumen.test',
};

export class SellerConfigError extends Error {}

const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** A Norwegian account number: 11 digits, the last a MOD11 check digit (a remainder of 1 is never issued). */
function isValidBban(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const sum = ACCOUNT_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(value[10]);
}

/** ISO 13616: letters to numbers, the first four characters moved to the end, mod 97 = 1. */
function isValidIban(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value)) return false;
  const digits = (value.slice(4) + value.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Every LUMEN_SELLER_* variable: production must set them all (no demo seller on a real invoice). */
const SELLER_VARIABLES = [
  'LUMEN_SELLER_NAME',
  'LUMEN_SELLER_LEGAL_NAME',
  'LUMEN_SELLER_ORG_NUMBER',
  'LUMEN_SELLER_ADDRESS',
  'LUMEN_SELLER_POSTAL_CODE',
  'LUMEN_SELLER_CITY',
  'LUMEN_SELLER_BANK_ACCOUNT',
  'LUMEN_SELLER_IBAN',
  'LUMEN_SELLER_BIC',
  'LUMEN_SELLER_EMAIL',
  'LUMEN_SELLER_PHONE',
  'LUMEN_SELLER_WEBSITE',
] as const;

function read(env: Env, name: string, fallback: string, valid?: (value: string) => boolean, rule?: string): string {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = raw.trim();
  if (valid && !valid(value)) throw new SellerConfigError(`${name} must be ${rule}, got "${value}"`);
  return value;
}

/**
 * The seller from the environment, each LUMEN_SELLER_* variable overriding one demo value; with
 * `required` (production) every one must be set, so no real invoice names the demo seller.
 * Read once at start (the API's validated config): a bad or missing value stops the process
 * naming the variable.
 */
export function sellerDetailsFrom(env: Env, { required = false }: { required?: boolean } = {}): SellerDetails {
  if (required) {
    const missing = SELLER_VARIABLES.filter((name) => !env[name]?.trim());
    if (missing.length > 0)
      throw new SellerConfigError(`The seller on invoices must be configured in production: set ${missing.join(', ')}`);
  }
  const d = DEMO_SELLER;
  const compact = (value: string) => value.replace(/[\s.]/g, '');
  return {
    name: read(env, 'LUMEN_SELLER_NAME', d.name),
    legalName: read(env, 'LUMEN_SELLER_LEGAL_NAME', d.legalName),
    organisationNumber: compact(
      read(
        env,
        'LUMEN_SELLER_ORG_NUMBER',
        d.organisationNumber,
        (v) => isValidOrganisationNumber(compact(v)),
        'a valid organisation number (9 digits, MOD11)',
      ),
    ),
    address: {
      line1: read(env, 'LUMEN_SELLER_ADDRESS', d.address.line1),
      line2: null,
      postalCode: read(env, 'LUMEN_SELLER_POSTAL_CODE', d.address.postalCode, (v) => /^\d{4}$/.test(v), 'four digits'),
      city: read(env, 'LUMEN_SELLER_CITY', d.address.city),
      country: 'NO',
    },
    contact: null,
    bankAccount: {
      bban: compact(
        read(
          env,
          'LUMEN_SELLER_BANK_ACCOUNT',
          d.bankAccount.bban,
          (v) => isValidBban(compact(v)),
          'a Norwegian account number (11 digits, MOD11)',
        ),
      ),
      iban: compact(read(env, 'LUMEN_SELLER_IBAN', d.bankAccount.iban, (v) => isValidIban(compact(v)), 'a valid IBAN')),
      bic: read(
        env,
        'LUMEN_SELLER_BIC',
        d.bankAccount.bic,
        (v) => /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v),
        'a BIC (8 or 11 characters)',
      ),
    },
    email: read(env, 'LUMEN_SELLER_EMAIL', d.email, (v) => /^[^\s@]+@[^\s@]+$/.test(v), 'an e-mail address'),
    phone: read(env, 'LUMEN_SELLER_PHONE', d.phone),
    website: read(env, 'LUMEN_SELLER_WEBSITE', d.website),
  };
}
