import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, type AuthenticatedUser, Can, CurrentUser } from '@lumen/api/core';
import { Company, User } from '@lumen/api/companies';
import type { MeResponse } from '@lumen/shared/contracts';
import { defineRulesFor } from '@lumen/shared/permissions';
import { DataSource } from 'typeorm';
import { UpdateMeDto } from './dto/update-me.dto';

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
    const [account, company] = await Promise.all([
      this.dataSource.getRepository(User).findOneOrFail({ where: { id: user.userId }, select: { id: true, language: true } }),
      user.companyId ? this.dataSource.getRepository(Company).findOneBy({ id: user.companyId }) : null,
    ]);
    return {
      user: {
        id: user.userId,
        name: user.name,
        email: user.email,
        roles: user.roleNames,
        staffRole: user.staffRole,
        language: account.language,
      },
      company: company?.toSummary() ?? null,
      permissions: [...user.permissions],
      rules: defineRulesFor(user),
    };
  }

  /**
   * The portal stores its language choice here, so e-mails and documents (PRODUCT.md §9) go out
   * in the language the user reads the portal in. A preference of the caller's own: no audit.
   */
  @Can('update', 'Account')
  @Patch()
  @ApiOperation({ summary: 'Change the caller’s own settings: the language of e-mails and documents' })
  @ApiAnswer('MeResponse')
  async update(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateMeDto): Promise<MeResponse> {
    await this.dataSource.getRepository(User).update({ id: user.userId }, { language: dto.language });
    return this.me(user);
  }
}
