import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { CompanyRole } from '@lumen/shared/contracts';
import { CreateRoleDto, UpdateRoleDto } from './dto/role.dto';
import { RolesService } from './roles.service';

@ApiTags('company')
@ApiBearerAuth()
@Controller('company/roles')
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Can('read', 'Role')
  @Get()
  @ApiOperation({ summary: 'Built-in roles and the custom roles of the company, with user counts' })
  list(@CurrentUser() user: AuthenticatedUser): Promise<CompanyRole[]> {
    return this.roles.list(user);
  }

  @Can('create', 'Role')
  @Post()
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateRoleDto,
  ): Promise<CompanyRole> {
    return this.roles.create(user, dto);
  }

  @Can('update', 'Role')
  @Patch(':id')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Role') id: string,
    @Body() dto: UpdateRoleDto,
  ): Promise<CompanyRole> {
    return this.roles.update(user, id, dto);
  }

  @Can('delete', 'Role')
  @Delete(':id')
  @HttpCode(204)
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Role') id: string,
  ): Promise<void> {
    return this.roles.remove(user, id);
  }
}
