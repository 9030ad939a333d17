import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type {
  StaffCompany,
  StaffCompanyPage,
  StaffUser,
} from '@lumen/shared/contracts';
import { CreateStaffUserDto, StaffCompanyQueryDto } from './dto/staff.dto';
import { StaffCompaniesService } from './staff-companies.service';
import { StaffUsersService } from './staff-users.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(
    private readonly companies: StaffCompaniesService,
    private readonly users: StaffUsersService,
  ) {}

  @Can('read', 'StaffArea')
  @Get('companies')
  @ApiOperation({ summary: 'Every company: search by name or organisation number, filter by status and tier' })
  list(@Query() query: StaffCompanyQueryDto): Promise<StaffCompanyPage> {
    return this.companies.list(query);
  }

  @Can('verify', 'Company')
  @Post('companies/:id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Verify a non-VAT-registered company so that its users may order (shop admin)' })
  verify(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Company') id: string,
  ): Promise<StaffCompany> {
    return this.companies.verify(user, id);
  }

  @Can('erase', 'Company')
  @Post('companies/:id/erase')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Carry out a deletion request: the users' personal data is erased, orders and invoices stay (shop admin)",
  })
  erase(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Company') id: string,
  ): Promise<StaffCompany> {
    return this.companies.erase(user, id);
  }

  @Can('create', 'StaffUser')
  @Post('users')
  @ApiOperation({ summary: 'Invite a consultant or shop admin (shop admin)' })
  createUser(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateStaffUserDto,
  ): Promise<StaffUser> {
    return this.users.create(user, dto);
  }
}
