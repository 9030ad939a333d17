import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type Scope } from '@lumen/api/core';
import type { ApiErrorDetail, BankFileOverpayment, BankFileResult, InvoiceDetail } from '@lumen/shared/contracts';
import { decodeCsv, QuickOrderCsvError, quickOrderFileKind } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { BANK_FILE_MAX_LINES, type BankFilePayment, parseBankFile } from './bank-file';
import type { RecordPaymentDto } from './dto/record-payment.dto';
import { InvoiceReadQuery, OUTSTANDING_SQL, osloToday, STATUS_JOINS } from './invoice-read.query';

/** A bank file is small text; far below the quick order's 10 MB. */
export const BANK_FILE_MAX_BYTES = 1024 * 1024;

/**
 * Payments against invoices, found by KID (PRODUCT.md §13): one typed by staff, or a bank's
 * file of many, recorded all or nothing. Only an invoice has a KID to pay; a credit note's
 * KID is not payable. Overpayment is recorded as the bank reports it — the invoice reads as paid,
 * and a bank file's answer names the lines that overpaid.
 */
@Injectable()
export class PaymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invoices: InvoiceReadQuery,
  ) {}

  async record(scope: Scope, dto: RecordPaymentDto): Promise<InvoiceDetail> {
    return this.dataSource.transaction(async (manager) => {
      const [invoiceId] = await this.recordWith(manager, scope, 'manual', [
        { line: 1, kid: dto.kid, amountOre: dto.amountOre, paidOn: dto.paidOn ?? osloToday() },
      ]);
      return this.invoices.detail(manager, scope, invoiceId);
    });
  }

  async recordBankFile(scope: Scope, bytes: Uint8Array): Promise<BankFileResult> {
    const { payments, problems } = parseBankFile(decodeBankFile(bytes));
    if (problems.length > 0) throw bankFileInvalid(problems);
    if (payments.length === 0) throw bankFileInvalid([{ code: 'empty_file', message: 'The file holds no payments' }]);
    if (payments.length > BANK_FILE_MAX_LINES)
      throw bankFileInvalid([
        { code: 'too_many_lines', message: `At most ${BANK_FILE_MAX_LINES} payments in one file` },
      ]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const overpaid = await this.dataSource.transaction(async (manager) => {
      // First, so that a second upload of the same file waits on this key and then is refused.
      const claimed: unknown[] = await manager.query(
        `INSERT INTO bank_files (sha256, recorded_by) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING RETURNING 1`,
        [sha256, scope.userId],
      );
      if (claimed.length === 0)
        throw AppError.conflict(
          'bank_file_already_recorded',
          'This bank file has already been recorded; nothing was recorded again',
        );
      const invoiceIds = await this.recordWith(manager, scope, 'bank_file', payments);
      return this.overpayments(manager, payments, invoiceIds);
    });
    return { recorded: payments.length, totalOre: payments.reduce((sum, p) => sum + p.amountOre, 0), overpaid };
  }

  /**
   * The file's lines that pay more than was left on their invoice — recorded as the bank reports
   * them (the money came in), and named so that the shop can refund or credit it. Read after the
   * insert: what is left now plus this file's payments is what was left before it.
   */
  private async overpayments(
    manager: EntityManager,
    payments: readonly BankFilePayment[],
    invoiceIds: readonly string[],
  ): Promise<BankFileOverpayment[]> {
    const rows: { id: string; outstanding_ore: number }[] = await manager.query(
      `SELECT i.id, ${OUTSTANDING_SQL}::bigint AS outstanding_ore FROM invoices i ${STATUS_JOINS}
       WHERE i.id = ANY($1::uuid[]) AND ${OUTSTANDING_SQL} < 0`,
      [[...new Set(invoiceIds)]],
    );
    const left = new Map(rows.map((row) => [row.id, row.outstanding_ore]));
    for (const [index, payment] of payments.entries()) {
      const id = invoiceIds[index];
      const now = left.get(id);
      if (now !== undefined) left.set(id, now + payment.amountOre);
    }
    const overpaid: BankFileOverpayment[] = [];
    for (const [index, payment] of payments.entries()) {
      const id = invoiceIds[index];
      const before = left.get(id);
      if (before === undefined) continue;
      const overpaidOre = payment.amountOre - Math.max(before, 0);
      if (overpaidOre > 0) overpaid.push({ line: payment.line, kid: payment.kid, overpaidOre });
      left.set(id, before - payment.amountOre);
    }
    return overpaid;
  }

  /**
   * Records payments in the caller's transaction (the routes', the demo data's): one statement to
   * find the invoices, one to record every payment; an unknown KID refuses them all. Answers the
   * invoice of each payment.
   */
  async recordWith(
    manager: EntityManager,
    scope: Scope,
    source: 'manual' | 'bank_file',
    payments: readonly BankFilePayment[],
  ): Promise<string[]> {
    const found: { id: string; kid: string }[] = await manager.query(
      `SELECT id, kid FROM invoices WHERE kid = ANY($1::text[]) AND kind = 'invoice'`,
      [payments.map((p) => p.kid)],
    );
    const byKid = new Map(found.map((row) => [row.kid, row.id]));
    const unknown = payments.filter((p) => !byKid.has(p.kid));
    if (unknown.length > 0)
      throw new AppError(
        422,
        'unknown_kid',
        unknown.length === 1 && source === 'manual'
          ? `No invoice has KID ${unknown[0].kid}`
          : `${unknown.length} line(s) name a KID no invoice has; nothing was recorded`,
        unknown.map((p) => ({
          ...(source === 'manual' ? { field: 'kid' } : { line: p.line }),
          code: 'unknown_kid',
          message: `${source === 'manual' ? '' : `Line ${p.line}: `}no invoice has KID ${p.kid}`,
        })),
      );
    const invoiceIds = payments.map((p) => byKid.get(p.kid) as string);
    await manager.query(
      `INSERT INTO payments (invoice_id, amount_ore, paid_on, source, recorded_by_user_id)
       SELECT t.invoice_id, t.amount, t.paid_on, $4, $5 FROM unnest($1::uuid[], $2::bigint[], $3::date[]) AS t(invoice_id, amount, paid_on)`,
      [invoiceIds, payments.map((p) => p.amountOre), payments.map((p) => p.paidOn), source, scope.userId],
    );
    return invoiceIds;
  }
}

export function bankFileTooLarge(): AppError {
  return new AppError(413, 'file_too_large', 'The bank file is larger than 1 MB; split it');
}

function bankFileInvalid(problems: ApiErrorDetail[]): AppError {
  return new AppError(422, 'bank_file_invalid', problems[0].message, problems);
}

/** The quick order's decoding (BOM, UTF-16, Windows-1252, binary refused); a workbook is not a bank file. */
function decodeBankFile(bytes: Uint8Array): string {
  try {
    if (bytes.byteLength > BANK_FILE_MAX_BYTES) throw bankFileTooLarge();
    if (quickOrderFileKind(bytes) === 'zip') throw QuickOrderCsvError.unsupportedFile();
    return decodeCsv(bytes);
  } catch (error) {
    if (!(error instanceof QuickOrderCsvError)) throw error;
    throw new AppError(
      error.code === 'unsupported_file_type' ? 415 : 422,
      error.code,
      'Upload the bank file as CSV text',
    );
  }
}
