import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { type AppConfig, APP_CONFIG, AppError, type CompanyScope } from '@lumen/api/core';
import { Company } from '@lumen/api/companies';
import { type MailRecipient, mailTo, OutboxService } from '@lumen/api/mail';
import type { CompanyProfile } from '@lumen/shared/contracts';
import { osloDateTime } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { companyName, deletionReceiptTexts, deletionRequestedTexts, shopAdmins } from './company-mail';
import type { DeletionRequestDto, UpdateCompanyDto } from './dto/company.dto';
import { lockCompany } from './tenant';

function toProfile(company: Company): CompanyProfile {
  return {
    ...company.toSummary(),
    canOrder: company.status === 'active',
    verifiedAt: company.verifiedAt?.toISOString() ?? null,
    deletionRequestedAt: company.deletionRequestedAt?.toISOString() ?? null,
  };
}

/** The caller's own company: profile and the request to delete the account. */
@Injectable()
export class CompanyProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(scope: CompanyScope): Promise<CompanyProfile> {
    const company = await this.dataSource.getRepository(Company).findOneByOrFail({ id: scope.companyId });
    return toProfile(company);
  }

  async update(scope: CompanyScope, dto: UpdateCompanyDto): Promise<CompanyProfile> {
    const { companyId } = scope;
    if (Object.keys(dto).length > 0) await this.dataSource.getRepository(Company).update({ id: companyId }, dto);
    return this.get(scope);
  }

  /** Staff carry it out later (erasure); until then the company cannot order. */
  async requestDeletion(scope: CompanyScope, dto: DeletionRequestDto): Promise<CompanyProfile> {
    const { companyId } = scope;
    await this.dataSource.transaction(async (manager) => {
      const company = await lockCompany(manager, companyId);
      if (company.status === 'deletion_requested')
        throw AppError.conflict('deletion_already_requested', 'Deletion of this account has already been requested');
      await manager.update(
        Company,
        { id: companyId },
        { status: 'deletion_requested', deletionRequestedAt: new Date() },
      );
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'company.deletion_requested',
        entityType: 'company',
        entityId: companyId,
        before: { status: company.status },
        after: { status: 'deletion_requested' },
        reason: dto.reason ?? null,
      });
      const [requester]: MailRecipient[] = await manager.query(`SELECT email, language FROM users WHERE id = $1`, [
        scope.userId,
      ]);
      const requestedOn = osloDateTime(new Date()).date;
      const name = await companyName(manager, companyId);
      const toShop = deletionRequestedTexts(
        { companyName: name, requestedOn, reason: dto.reason ?? null },
        `${this.config.publicUrl}/staff/companies/${companyId}/audit`,
      );
      await this.outbox.enqueue(manager, [
        ...(await shopAdmins(manager)).map((admin) => mailTo(admin, 'company_deletion_requested', toShop)),
        mailTo(
          requester,
          'company_deletion_receipt',
          deletionReceiptTexts({ companyName: name, requestedOn }, `${this.config.publicUrl}/company`),
        ),
      ]);
    });
    return this.get(scope);
  }

  /**
   * Changed their mind before the shop erased anything: the account goes back to what it was —
   * active, or still awaiting verification if the shop never verified it — and may order again.
   */
  async withdrawDeletion(scope: CompanyScope): Promise<CompanyProfile> {
    const { companyId } = scope;
    await this.dataSource.transaction(async (manager) => {
      const { status: current } = await lockCompany(manager, companyId);
      if (current !== 'deletion_requested')
        throw AppError.conflict('deletion_not_requested', 'Deletion of this account has not been requested');
      const company = await manager.findOneByOrFail(Company, { id: companyId });
      const status = company.customerType === 'business' || company.verifiedAt ? 'active' : 'pending_verification';
      await manager.update(Company, { id: companyId }, { status, deletionRequestedAt: null });
      await this.audit.record(manager, {
        actorUserId: scope.userId,
        companyId,
        action: 'company.deletion_withdrawn',
        entityType: 'company',
        entityId: companyId,
        before: { status: current },
        after: { status },
      });
    });
    return this.get(scope);
  }
}
