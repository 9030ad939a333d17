import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiErrors, type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { StaffCompany, StaffCompanyPage, StaffUser } from '@lumen/shared/contracts';
import { CreateStaffUserDto, StaffCompanyQueryDto } from './dto/staff.dto';
import { StaffCompaniesService } from './staff-companies.service';
import { StaffUsersService } from './staff-users.service';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(
    private readonly companies: StaffCompaniesService,
    private readonly users: StaffUsersService,
  ) {}

  @Can('read', 'StaffArea')
  @Get('companies')
  @ApiOperation({ summary: 'Every company: search by name or organisation number, filter by status and tier' })
  @ApiAnswer('StaffCompanyPage')
  list(@Query() query: StaffCompanyQueryDto): Promise<StaffCompanyPage> {
    return this.companies.list(query);
  }

  @Can('verify', 'Company')
  @Post('companies/:id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a non-VAT-registered company so that its users may order (shop admin)' })
  @ApiAnswer('StaffCompany')
  @ApiErrors({ 409: '`not_pending_verification`: the company is not waiting for verification' })
  verify(@CurrentUser() user: AuthenticatedUser, @IdParam('Company') id: string): Promise<StaffCompany> {
    return this.companies.verify(user, id);
  }

  @Can('erase', 'Company')
  @Post('companies/:id/erase')
  @HttpCode(200)
  @ApiOperation({
    summary: "Carry out a deletion request: the users' personal data is erased, orders and invoices stay (shop admin)",
  })
  @ApiAnswer('StaffCompany')
  @ApiErrors({ 409: '`deletion_not_requested`: the company has not asked for deletion' })
  erase(@CurrentUser() user: AuthenticatedUser, @IdParam('Company') id: string): Promise<StaffCompany> {
    return this.companies.erase(user, id);
  }

  @Can('create', 'StaffUser')
  @Post('users')
  @ApiOperation({ summary: 'Invite a consultant or shop admin (shop admin)' })
  @ApiAnswer('StaffUser')
  @ApiErrors({ 409: '`email_taken`: an account with this e-mail already exists' })
  createUser(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateStaffUserDto): Promise<StaffUser> {
    return this.users.create(user, dto);
  }
}
