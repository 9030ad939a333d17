import { type DynamicModule, Module } from '@nestjs/common';
import { AfterSalesModule } from '@lumen/api/after-sales';
import { AuditModule } from '@lumen/api/audit';
import { AuthModule } from '@lumen/api/auth';
import { CartModule } from '@lumen/api/cart';
import { CatalogModule } from '@lumen/api/catalog';
import { CatalogAdminModule } from '@lumen/api/catalog-admin';
import { CheckoutModule } from '@lumen/api/checkout';
import { CompaniesFeatureModule } from '@lumen/api/companies/feature';
import { type AppConfig, CoreModule } from '@lumen/api/core';
import { DatabaseModule } from '@lumen/api/database';
import { DemoDataModule } from '@lumen/api/demo-data';
import { FulfilmentModule } from '@lumen/api/fulfilment';
import { DevMailModule, MailModule } from '@lumen/api/mail';
import { OrdersModule } from '@lumen/api/orders';
import { ProjectListsModule } from '@lumen/api/project-lists';
import { PurchasingModule } from '@lumen/api/purchasing';
import { QuickOrderModule } from '@lumen/api/quick-order';
import { QuotesModule } from '@lumen/api/quotes';
import { ServiceDeskModule } from '@lumen/api/service-desk';

/** The composition root: configuration first, then the database, then the features. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        DatabaseModule.forRoot(config.databaseUrl, { namedStatements: config.databaseNamedStatements }),
        MailModule,
        DevMailModule.register(config),
        AuditModule,
        AuthModule,
        CompaniesFeatureModule,
        CatalogModule,
        ProjectListsModule,
        QuotesModule,
        CartModule,
        QuickOrderModule,
        CheckoutModule,
        OrdersModule,
        FulfilmentModule,
        ServiceDeskModule,
        AfterSalesModule,
        CatalogAdminModule,
        PurchasingModule,
        DemoDataModule,
      ],
    };
  }
}
