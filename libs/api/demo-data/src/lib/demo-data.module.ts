import { Module } from '@nestjs/common';
import { AfterSalesModule } from '@lumen/api/after-sales';
import { AuthModule } from '@lumen/api/auth';
import { FulfilmentModule } from '@lumen/api/fulfilment';
import { PurchasingModule } from '@lumen/api/purchasing';
import { ServiceDeskModule } from '@lumen/api/service-desk';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({
  imports: [AuthModule, FulfilmentModule, AfterSalesModule, ServiceDeskModule, PurchasingModule],
  providers: [DemoDataSeeder],
})
export class DemoDataModule {}
