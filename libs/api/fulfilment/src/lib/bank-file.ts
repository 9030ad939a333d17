import type { ApiErrorDetail } from '@lumen/shared/contracts';
import { isIsoDate } from '@lumen/shared/domain';
import { parse } from 'papaparse';

export interface BankFilePayment {
  /** 1-based line of the file. */
  line: number;
  kid: string;
  amountOre: number;
  paidOn: string;
}

/** At most this many payments in one file; a day's statement of a wholesaler is far below it. */
export const BANK_FILE_MAX_LINES = 10_000;

/** Kroner as the bank writes them: `1234,50`, `1 234.50`, `1234`; at most two decimals. */
const AMOUNT = /^(\d{1,13})(?:[.,](\d{1,2}))?$/;
const NORWEGIAN_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/**
 * Reads a bank's payment file, `KID;amount;date` a line (a header line naming KID is skipped;
 * amounts in kroner; dates `YYYY-MM-DD` or `DD.MM.YYYY`; cells may be quoted, a line may end in
 * `;`), and names every bad line. The same KID, amount and date on two lines is refused, naming
 * both: a bank reports one payment once, so a repeat is a pasted line, not a second payment. The
 * caller records all payments or none, so one bad line refuses the file.
 */
export function parseBankFile(text: string): { payments: BankFilePayment[]; problems: ApiErrorDetail[] } {
  const payments: BankFilePayment[] = [];
  const problems: ApiErrorDetail[] = [];
  const firstLineOf = new Map<string, number>();
  // One line at a time, so each problem names the file's own line number.
  for (const [index, raw] of text.split(/\r\n|\n|\r/).entries()) {
    const line = index + 1;
    const verdict = check(raw, index);
    if (verdict === null) continue;
    if ('code' in verdict) {
      problems.push({ line, code: verdict.code, message: `Line ${line}: ${verdict.message}` });
      continue;
    }
    const key = `${verdict.kid};${verdict.amountOre};${verdict.paidOn}`;
    const first = firstLineOf.get(key);
    if (first !== undefined)
      problems.push({
        line,
        code: 'duplicate_line',
        message: `Line ${line} repeats line ${first} (KID ${verdict.kid}, same amount and date)`,
      });
    else {
      firstLineOf.set(key, line);
      payments.push({ line, ...verdict });
    }
  }
  return { payments, problems };
}

type LineVerdict = Omit<BankFilePayment, 'line'> | { code: string; message: string } | null;

/** One line: a payment, a problem, or null for a blank or header line. */
function check(raw: string, index: number): LineVerdict {
  if (raw.trim() === '') return null;
  const parsed = parse<string[]>(raw, { delimiter: ';', quoteChar: '"' });
  const cells = (parsed.data[0] ?? []).map((cell) => cell.trim());
  // A trailing `;` (some banks end every line with one) is an empty last cell, not a fourth column.
  if (cells.length === 4 && cells[3] === '') cells.pop();
  if (index === 0 && /kid/i.test(cells[0] ?? '')) return null;
  if (parsed.errors.length > 0 || cells.length !== 3)
    return { code: 'malformed_line', message: 'write KID;amount;date' };
  const [kid, amount, date] = cells;
  if (!/^\d{2,25}$/.test(kid)) return { code: 'invalid_kid', message: `"${kid}" is not a KID (2–25 digits)` };
  const compact = amount.replace(/[\s\u00a0]/g, '');
  if (compact.startsWith('-')) return { code: 'negative_amount', message: 'the amount must be positive' };
  const match = AMOUNT.exec(compact);
  if (!match) return { code: 'invalid_amount', message: `"${amount}" is not an amount in kroner` };
  const amountOre = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (amountOre <= 0) return { code: 'negative_amount', message: 'the amount must be positive' };
  const norwegian = NORWEGIAN_DATE.exec(date);
  const paidOn = norwegian ? `${norwegian[3]}-${norwegian[2]}-${norwegian[1]}` : date;
  if (!isIsoDate(paidOn))
    return { code: 'invalid_date', message: `"${date}" is not a date (YYYY-MM-DD or DD.MM.YYYY)` };
  return { kid, amountOre, paidOn };
}
