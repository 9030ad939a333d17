import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Address } from './address.entity';
import { Company } from './company.entity';
import { Role } from './role.entity';
import { User } from './user.entity';

/** The account tables, for the features that read or write them (auth, companies, staff). */
@Module({
  imports: [TypeOrmModule.forFeature([Company, Address, User, Role])],
  exports: [TypeOrmModule],
})
export class CompaniesDataModule {}
