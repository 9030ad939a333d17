import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { CompanyUser } from '@lumen/shared/contracts';
import {
  CreateCompanyUserDto,
  UpdateCompanyUserDto,
} from './dto/employee.dto';
import { EmployeesService } from './employees.service';

@ApiTags('company')
@ApiBearerAuth()
@Controller('company/users')
export class EmployeesController {
  constructor(private readonly employees: EmployeesService) {}

  @Can('read', 'User')
  @Get()
  list(@CurrentUser() user: AuthenticatedUser): Promise<CompanyUser[]> {
    return this.employees.list(user);
  }

  @Can('create', 'User')
  @Post()
  @ApiOperation({ summary: 'Create an employee and e-mail a single-use invitation link' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateCompanyUserDto,
  ): Promise<CompanyUser> {
    return this.employees.create(user, dto);
  }

  @Can('update', 'User')
  @Patch(':id')
  @ApiOperation({
    summary:
      'Change name, phone or roles; `active: false` deactivates and ends every session. The last active admin stays.',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('User') id: string,
    @Body() dto: UpdateCompanyUserDto,
  ): Promise<CompanyUser> {
    return this.employees.update(user, id, dto);
  }
}
