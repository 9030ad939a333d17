import { Module } from '@nestjs/common';
import { AuthModule } from '@lumen/api/auth';
import { FulfilmentModule } from '@lumen/api/fulfilment';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({
  imports: [AuthModule, FulfilmentModule],
  providers: [DemoDataSeeder],
})
export class DemoDataModule {}
