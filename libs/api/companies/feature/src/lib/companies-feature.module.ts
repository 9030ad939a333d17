import { Module } from '@nestjs/common';
import { AuthModule } from '@lumen/api/auth';
import { CompaniesDataModule } from '@lumen/api/companies';
import { AddressesController } from './addresses.controller';
import { AddressesService } from './addresses.service';
import { CompanyController } from './company.controller';
import { CompanyProfileService } from './company-profile.service';
import { EmployeesController } from './employees.controller';
import { EmployeesService } from './employees.service';
import { InvitationMailer } from './invitation.mailer';
import { RolesController } from './roles.controller';
import { RolesService } from './roles.service';
import { StaffController } from './staff.controller';
import { StaffCompaniesService } from './staff-companies.service';
import { StaffUsersService } from './staff-users.service';

/**
 * Company accounts (PRODUCT.md §2): the customer's profile, address book, employees and
 * roles, and the staff's view of every company. A project of its own because it needs the
 * auth services, and auth needs the account entities of `@lumen/api/companies`.
 */
@Module({
  imports: [CompaniesDataModule, AuthModule],
  controllers: [
    CompanyController,
    AddressesController,
    EmployeesController,
    RolesController,
    StaffController,
  ],
  providers: [
    CompanyProfileService,
    AddressesService,
    EmployeesService,
    RolesService,
    StaffCompaniesService,
    StaffUsersService,
    InvitationMailer,
  ],
})
export class CompaniesFeatureModule {}
