import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { type AppConfig, APP_CONFIG, AppError, type AuthenticatedUser } from '@lumen/api/core';
import { type MailRecipient, mailTo, OutboxService } from '@lumen/api/mail';
import type {
  ChangeCompanyTierRequest,
  ChangeCompanyTierResponse,
  LoyaltyTier,
  TierDiscounts,
  UpdateTierDiscountsRequest,
} from '@lumen/shared/contracts';
import { LOYALTY_TIERS } from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { CatalogPricing } from './catalog-pricing';
import { CatalogService } from './catalog.service';
import { tierChangeTexts } from './tier-change-mail';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The shop's side of loyalty pricing: the three tier percentages and a company's tier.
 * Prices are never cached, so a change shows on the very next request.
 */
@Injectable()
export class StaffPricingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pricing: CatalogPricing,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  tierDiscounts(): Promise<TierDiscounts> {
    return this.pricing.tierDiscounts(this.dataSource.manager);
  }

  async updateTierDiscounts(actor: AuthenticatedUser, request: UpdateTierDiscountsRequest): Promise<TierDiscounts> {
    // A higher tier never gets less than a lower one, or "raising" a customer would cost them.
    if (!(request.silver <= request.gold && request.gold <= request.platinum))
      throw AppError.badRequest('tiers_out_of_order', 'The discounts must rise from silver to gold to platinum');
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM tier_discounts FOR UPDATE`);
      const before = await this.pricing.tierDiscounts(manager);
      await manager.query(
        `UPDATE tier_discounts d SET discount_percent = u.percent, updated_at = now(), updated_by = $3
         FROM unnest($1::text[], $2::numeric[]) AS u(tier, percent) WHERE d.tier = u.tier`,
        [LOYALTY_TIERS, LOYALTY_TIERS.map((tier) => request[tier]), actor.userId],
      );
      const after = await this.pricing.tierDiscounts(manager);
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId: null,
        action: 'pricing.tier_discounts_changed',
        entityType: 'tier_discounts',
        entityId: null,
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
    // Price order depends on the percentages; rankings made with the old ones must go.
    this.catalog.forgetSearches();
    return updated;
  }

  /** Sets a company's tier with a reason: audited, and the company admins are told by e-mail. */
  async changeCompanyTier(
    actor: AuthenticatedUser,
    companyId: string,
    request: ChangeCompanyTierRequest,
  ): Promise<ChangeCompanyTierResponse> {
    if (!UUID.test(companyId)) throw AppError.notFound('Company');
    return this.dataSource.transaction(async (manager) => {
      const [company]: { id: string; name: string; tier: LoyaltyTier }[] = await manager.query(
        `SELECT id, name, tier FROM companies WHERE id = $1 AND status <> 'deleted' FOR UPDATE`,
        [companyId],
      );
      if (!company) throw AppError.notFound('Company');
      const response = {
        companyId,
        previousTier: company.tier,
        tier: request.tier,
      };
      if (company.tier === request.tier) return response;
      await manager.query(`UPDATE companies SET tier = $2, updated_at = now() WHERE id = $1`, [
        companyId,
        request.tier,
      ]);
      await this.audit.record(manager, {
        actorUserId: actor.userId,
        companyId,
        action: 'company.tier_changed',
        entityType: 'company',
        entityId: companyId,
        before: { tier: company.tier },
        after: { tier: request.tier },
        reason: request.reason,
      });
      await this.mailCompanyAdmins(manager, company.name, companyId, request.tier);
      return response;
    });
  }

  private async mailCompanyAdmins(
    manager: EntityManager,
    companyName: string,
    companyId: string,
    tier: LoyaltyTier,
  ): Promise<void> {
    const admins: (MailRecipient & { name: string })[] = await manager.query(
      `SELECT DISTINCT u.email, u.name, u.language FROM users u
       JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id
       WHERE u.company_id = $1 AND u.active AND u.erased_at IS NULL AND 'users.manage' = ANY(r.permissions)`,
      [companyId],
    );
    const discounts = await this.pricing.tierDiscounts(manager);
    const link = `${this.config.publicUrl}/catalog`;
    await this.outbox.enqueue(
      manager,
      admins.map((admin) =>
        mailTo(
          admin,
          'company.tier_changed',
          tierChangeTexts({ adminName: admin.name, companyName, tier, discountPercent: discounts[tier] }, link),
        ),
      ),
    );
  }
}
