import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppError, type CompanyScope, type Scope } from '@lumen/api/core';
import type { CaseCategory, CaseDetail, CreateCaseRequest, ServiceClassification } from '@lumen/shared/contracts';
import type { CaseStatus } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AttachmentService, type UploadedAttachment } from './attachments/attachment.service';
import { CaseReadQuery } from './case-read.query';
import { CaseWriter } from './case-writer';

/** The locked case row a write starts from. */
export interface LockedCase {
  id: string;
  number: string;
  company_id: string;
  category: CaseCategory;
  subject: string;
  status: CaseStatus;
  assignee_user_id: string | null;
  classification: ServiceClassification | null;
  billed_units: number;
  opened_by_user_id: string;
}

/** Locks a case in the scope (another company's is a 404) before its status is checked. */
export async function lockCase(manager: EntityManager, scope: Scope, caseId: string): Promise<LockedCase> {
  const params: unknown[] = [caseId];
  const where = scope.kind === 'company' ? (params.push(scope.companyId), 'AND company_id = $2') : '';
  const [row]: LockedCase[] = await manager.query(
    `SELECT id, number, company_id, category, subject, status, assignee_user_id, classification, billed_units,
       opened_by_user_id
     FROM cases WHERE id = $1 ${where} FOR UPDATE`,
    params,
  );
  if (!row) throw AppError.notFound('Case');
  return row;
}

/** A customer's side of the desk: open a case (the contact form, made real) and write in its thread. */
@Injectable()
export class CasesService {
  constructor(
    private readonly attachments: AttachmentService,
    private readonly writer: CaseWriter,
    private readonly read: CaseReadQuery,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async create(scope: CompanyScope, request: CreateCaseRequest, files: UploadedAttachment[]): Promise<CaseDetail> {
    const caseId = await this.attachments.transaction(async (manager) => {
      await this.checkLinks(manager, scope, request);
      const id = await this.writer.open(manager, { ...request, companyId: scope.companyId, userId: scope.userId });
      await this.writer.addMessage(manager, 'open', {
        caseId: id,
        companyId: scope.companyId,
        userId: scope.userId,
        staff: false,
        body: request.message,
        field: 'message',
        files,
      });
      return id;
    });
    return this.read.detail(this.dataSource.manager, scope, caseId);
  }

  async addMessage(scope: CompanyScope, caseId: string, body: string, files: UploadedAttachment[]): Promise<CaseDetail> {
    await this.attachments.transaction(async (manager) => {
      const locked = await lockCase(manager, scope, caseId);
      await this.writer.addMessage(manager, locked.status, {
        caseId,
        companyId: scope.companyId,
        userId: scope.userId,
        staff: false,
        body,
        files,
      });
    });
    return this.read.detail(this.dataSource.manager, scope, caseId);
  }

  /**
   * The order, its line and the invoice a case names must be the company's own: another
   * company's is a 404, exactly as a missing one. One statement for all three.
   */
  private async checkLinks(manager: EntityManager, scope: CompanyScope, request: CreateCaseRequest): Promise<void> {
    if (request.orderLineId && !request.orderId)
      throw AppError.invalidField('orderId', 'required', 'Name the order of `orderLineId`');
    if (!request.orderId && !request.invoiceId) return;
    const [found]: { order_ok: boolean; line_ok: boolean; invoice_ok: boolean }[] = await manager.query(
      `SELECT ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM orders WHERE id = $2 AND company_id = $1)) AS order_ok,
              ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM order_lines WHERE id = $3 AND order_id = $2)) AS line_ok,
              ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM invoices WHERE id = $4 AND company_id = $1)) AS invoice_ok`,
      [scope.companyId, request.orderId ?? null, request.orderLineId ?? null, request.invoiceId ?? null],
    );
    if (!found.order_ok) throw AppError.notFound('Order');
    if (!found.line_ok) throw AppError.notFound('Order line');
    if (!found.invoice_ok) throw AppError.notFound('Invoice');
  }
}
