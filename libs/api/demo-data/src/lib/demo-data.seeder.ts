import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { PasswordHasher } from '@lumen/api/auth';
import { ClaimsService, ReturnsService } from '@lumen/api/after-sales';
import { InvoiceIssuer, OrderDeskService, OrderStatusWriter, PaymentsService } from '@lumen/api/fulfilment';
import { PurchasingControls } from '@lumen/api/purchasing';
import { CaseWriter, ServiceBillingService } from '@lumen/api/service-desk';
import { Address, Company, Role, User } from '@lumen/api/companies';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { DEMO_COMPANIES, DEMO_PASSWORD, DEMO_STAFF } from './demo-accounts';
import { seedDemoQuotes } from './demo-quotes';
import { seedDemoOrders } from './demo-orders';
import { seedDemoAfterSales } from './demo-after-sales';
import { seedDemoCases } from './demo-cases';
import { seedDemoPurchasing } from './demo-purchasing';
import { DEMO_CATALOG_SIZE, demoCategories, generateDemoProducts, insertDemoCatalog } from './demo-catalog';

/**
 * Fills an empty database with the demo logins of PRODUCT.md §12. Runs at start when
 * SEED_DEMO_DATA allows (never in production), once: an advisory lock keeps two instances
 * starting together from seeding twice, and a database with any user is left alone.
 */
@Injectable()
export class DemoDataSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly desk: OrderDeskService,
    private readonly payments: PaymentsService,
    private readonly issuer: InvoiceIssuer,
    private readonly status: OrderStatusWriter,
    private readonly returns: ReturnsService,
    private readonly claims: ClaimsService,
    private readonly caseWriter: CaseWriter,
    private readonly serviceBilling: ServiceBillingService,
    private readonly purchasing: PurchasingControls,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('lumen-demo-seed'))`);
      await this.seedCatalog(manager);
      if (await manager.exists(User)) return false;
      await this.seedAccounts(manager, passwordHash);
      await seedDemoQuotes(manager);
      await seedDemoOrders(manager, {
        desk: this.desk,
        payments: this.payments,
        issuer: this.issuer,
        status: this.status,
      });
      // After the orders they are about: returns and claims, the service desk's cases, and the
      // purchasing rule with its order awaiting approval.
      await seedDemoAfterSales(manager, { returns: this.returns, claims: this.claims });
      await seedDemoCases(manager, { writer: this.caseWriter, billing: this.serviceBilling });
      await seedDemoPurchasing(manager, this.purchasing);
      return true;
    });
    if (seeded) this.logger.log('Seeded the demo data (password of every demo login: see README)');
  }

  /** The 2,000-product demo catalog, when the catalog is empty (an older database gets it too). */
  private async seedCatalog(manager: EntityManager): Promise<void> {
    const [{ empty }] = await manager.query(`SELECT NOT EXISTS (SELECT 1 FROM products) AS empty`);
    if (!empty) return;
    await insertDemoCatalog(
      (sql, params) => manager.query(sql, params),
      demoCategories(),
      generateDemoProducts(DEMO_CATALOG_SIZE),
    );
    this.logger.log(`Seeded the demo catalog (${DEMO_CATALOG_SIZE} products)`);
  }

  private async seedAccounts(manager: EntityManager, passwordHash: string): Promise<void> {
    await manager.insert(
      User,
      DEMO_STAFF.map((staff) => ({ ...staff, passwordHash })),
    );
    const roles = await manager.findBy(Role, { companyId: IsNull() });
    for (const demo of DEMO_COMPANIES) {
      const company = await manager.save(
        manager.create(Company, {
          name: demo.name,
          organisationNumber: demo.organisationNumber,
          customerType: 'business',
          status: 'active',
          tier: demo.tier,
          contactEmail: demo.users[0].email,
          phone: demo.phone,
          verifiedAt: new Date(),
        }),
      );
      await manager.insert(Address, [
        {
          ...demo.billing,
          companyId: company.id,
          kind: 'billing',
          country: 'NO',
          isDefault: false,
        },
        ...demo.delivery.map((address, i) => ({
          ...address,
          companyId: company.id,
          kind: 'delivery' as const,
          country: 'NO',
          isDefault: i === 0,
        })),
      ]);
      for (const user of demo.users) {
        await manager.save(
          manager.create(User, {
            companyId: company.id,
            email: user.email,
            name: user.name,
            passwordHash,
            roles: roles.filter((role) => role.builtInKey === user.role),
          }),
        );
      }
    }
  }
}
