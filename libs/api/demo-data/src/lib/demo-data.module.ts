import { Module } from '@nestjs/common';
import { AuthModule } from '@lumen/api/auth';
import { DemoDataSeeder } from './demo-data.seeder';

@Module({
  imports: [AuthModule],
  providers: [DemoDataSeeder],
})
export class DemoDataModule {}
