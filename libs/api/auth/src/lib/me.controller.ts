import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, type AuthenticatedUser, Can, CurrentUser } from '@lumen/api/core';
import { Company } from '@lumen/api/companies';
import type { MeResponse } from '@lumen/shared/contracts';
import { defineRulesFor } from '@lumen/shared/permissions';
import { DataSource } from 'typeorm';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Can('read', 'Account')
  @Get()
  @ApiOperation({ summary: 'The caller, its company and tier, and its permissions as CASL rules for the portal' })
  @ApiAnswer('MeResponse')
  async me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    const company = user.companyId
      ? await this.dataSource.getRepository(Company).findOneBy({ id: user.companyId })
      : null;
    return {
      user: {
        id: user.userId,
        name: user.name,
        email: user.email,
        roles: user.roleNames,
        staffRole: user.staffRole,
      },
      company: company?.toSummary() ?? null,
      permissions: [...user.permissions],
      rules: defineRulesFor(user),
    };
  }
}
