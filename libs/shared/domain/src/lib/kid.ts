/**
 * KID (kundeidentifikasjon): the payment reference a Norwegian bank reads off a payment and
 * reports back with it. 2–25 digits, the last a check digit; we use MOD10 (Luhn), one of the
 * two check-digit schemes the banks accept.
 */
const KID_MIN_LENGTH = 2;
const KID_MAX_LENGTH = 25;

/**
 * The invoice number is zero-padded to this many digits, so a KID with a prefix splits back
 * into prefix and invoice number unambiguously, and every KID of one prefix has one length.
 */
const KID_INVOICE_DIGITS = 8;
const KID_INVOICE_NUMBER_MAX = 10 ** KID_INVOICE_DIGITS - 1;

/** The Luhn check digit of a string of digits: weights 2, 1, 2, … from the rightmost digit. */
function mod10CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The KID of an invoice: `prefix` (digits, e.g. a customer number; may be empty), the invoice
 * number padded to eight digits, and the MOD10 check digit. Invoice numbers are unique, so the
 * KID is too, whatever the prefix.
 */
export function kidFor(invoiceNumber: number, prefix = ''): string {
  if (!Number.isSafeInteger(invoiceNumber) || invoiceNumber < 1 || invoiceNumber > KID_INVOICE_NUMBER_MAX)
    throw new RangeError(
      `invoice number must be a whole number from 1 to ${KID_INVOICE_NUMBER_MAX}, got ${invoiceNumber}`,
    );
  if (!/^\d*$/.test(prefix)) throw new RangeError(`a KID prefix is digits only, got "${prefix}"`);
  const body = prefix + String(invoiceNumber).padStart(KID_INVOICE_DIGITS, '0');
  if (body.length + 1 > KID_MAX_LENGTH) throw new RangeError(`a KID has at most ${KID_MAX_LENGTH} digits`);
  return body + String(mod10CheckDigit(body));
}

/** True for 2–25 digits whose last digit is the MOD10 check digit of the others. */
export function isValidKid(kid: string): boolean {
  if (kid.length < KID_MIN_LENGTH || kid.length > KID_MAX_LENGTH || !/^\d+$/.test(kid)) return false;
  return mod10CheckDigit(kid.slice(0, -1)) === Number(kid[kid.length - 1]);
}
