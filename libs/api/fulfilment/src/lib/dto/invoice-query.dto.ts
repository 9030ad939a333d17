import { PageQueryDto, Optional } from '@lumen/api/core';
import { INVOICE_STATUSES, type InvoiceKind, type InvoiceStatus } from '@lumen/shared/contracts';
import { IsIn, IsUUID } from 'class-validator';

const INVOICE_KINDS: readonly InvoiceKind[] = ['invoice', 'credit_note'];

/** `GET /api/invoices?status=&kind=&orderId=&page=&pageSize=`. */
export class InvoiceQueryDto extends PageQueryDto {
  @Optional()
  @IsIn(INVOICE_STATUSES)
  status?: InvoiceStatus;

  @Optional()
  @IsIn(INVOICE_KINDS)
  kind?: InvoiceKind;

  /** The invoices and credit notes of one order (the order page). */
  @Optional()
  @IsUUID()
  orderId?: string;
}
