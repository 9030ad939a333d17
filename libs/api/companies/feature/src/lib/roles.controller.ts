import { Body, Controller, Delete, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
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
import type { CompanyRole } from '@lumen/shared/contracts';
import { CreateRoleDto, UpdateRoleDto } from './dto/role.dto';
import { RolesService } from './roles.service';

@ApiTags('company')
@Controller('company/roles')
@UseGuards(CustomerOnlyGuard)
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Can('read', 'Role')
  @Get()
  @ApiOperation({ summary: 'Built-in roles and the custom roles of the company, with user counts' })
  @ApiAnswer(['CompanyRole'])
  list(@CurrentCompanyScope() scope: CompanyScope): Promise<CompanyRole[]> {
    return this.roles.list(scope);
  }

  @Can('create', 'Role')
  @Post()
  @ApiOperation({ summary: 'Create a custom role from a set of permissions' })
  @ApiAnswer('CompanyRole')
  @ApiErrors({ 409: '`role_name_taken`: the company (or a built-in role) already has this name' })
  create(@CurrentCompanyScope() scope: CompanyScope, @Body() dto: CreateRoleDto): Promise<CompanyRole> {
    return this.roles.create(scope, dto);
  }

  @Can('update', 'Role')
  @Patch(':id')
  @ApiOperation({ summary: 'Rename a custom role or change its permissions' })
  @ApiAnswer('CompanyRole')
  @ApiErrors({ 409: '`built_in_role`: built-in roles cannot be changed; `role_name_taken`: the name is in use' })
  update(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Role') id: string,
    @Body() dto: UpdateRoleDto,
  ): Promise<CompanyRole> {
    return this.roles.update(scope, id, dto);
  }

  @Can('delete', 'Role')
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a custom role that nobody holds' })
  @ApiErrors({ 409: '`role_in_use`: users still hold the role; `built_in_role`: built-in roles cannot be deleted' })
  remove(@CurrentCompanyScope() scope: CompanyScope, @IdParam('Role') id: string): Promise<void> {
    return this.roles.remove(scope, id);
  }
}
