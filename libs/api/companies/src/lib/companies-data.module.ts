import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Address } from './address.entity';
import { Company } from './company.entity';
import { CompanyAddresses } from './company-addresses';
import { Role } from './role.entity';
import { User } from './user.entity';

/**
 * The account tables, for the features that read or write them (auth, companies, staff), and
 * the address book as the cart and checkout read it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Company, Address, User, Role])],
  providers: [CompanyAddresses],
  exports: [TypeOrmModule, CompanyAddresses],
})
export class CompaniesDataModule {}
