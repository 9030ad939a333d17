import { Body, Controller, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CustomerOnlyGuard,
  IdParam,
} from '@lumen/api/core';
import type { CompanyUser } from '@lumen/shared/contracts';
import { CreateCompanyUserDto, UpdateCompanyUserDto } from './dto/employee.dto';
import { EmployeesService } from './employees.service';

@ApiTags('company')
@Controller('company/users')
@UseGuards(CustomerOnlyGuard)
export class EmployeesController {
  constructor(private readonly employees: EmployeesService) {}

  @Can('read', 'User')
  @Get()
  @ApiOperation({ summary: "The company's users with their roles, active or not" })
  @ApiAnswer(['CompanyUser'])
  list(@CurrentCompanyScope() scope: CompanyScope): Promise<CompanyUser[]> {
    return this.employees.list(scope);
  }

  @Can('create', 'User')
  @Post()
  @ApiOperation({ summary: 'Create an employee and e-mail a single-use invitation link' })
  @ApiAnswer('CompanyUser')
  @ApiErrors({ 409: '`email_taken`: an account with this e-mail already exists' })
  create(@CurrentCompanyScope() scope: CompanyScope, @Body() dto: CreateCompanyUserDto): Promise<CompanyUser> {
    return this.employees.create(scope, dto);
  }

  @Can('update', 'User')
  @Post(':id/invitation')
  @HttpCode(200)
  @ApiOperation({ summary: 'E-mail a new invitation link to an employee who has not set a password; earlier links stop working' })
  @ApiAnswer('CompanyUser')
  @ApiErrors({ 409: '`invitation_not_pending`: the employee has already accepted (or is deactivated)' })
  resendInvitation(@CurrentCompanyScope() scope: CompanyScope, @IdParam('User') id: string): Promise<CompanyUser> {
    return this.employees.resendInvitation(scope, id);
  }

  @Can('update', 'User')
  @Patch(':id')
  @ApiOperation({
    summary:
      'Change name, phone or roles; `active: false` deactivates and ends every session. The last active admin stays.',
  })
  @ApiAnswer('CompanyUser')
  @ApiErrors({ 409: '`last_admin`: the change would leave the company without an active admin' })
  update(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('User') id: string,
    @Body() dto: UpdateCompanyUserDto,
  ): Promise<CompanyUser> {
    return this.employees.update(scope, id, dto);
  }
}
