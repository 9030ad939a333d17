import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser } from '@lumen/api/core';
import type { CompanyProfile } from '@lumen/shared/contracts';
import { CompanyProfileService } from './company-profile.service';
import { DeletionRequestDto, UpdateCompanyDto } from './dto/company.dto';

@ApiTags('company')
@ApiBearerAuth()
@Controller('company')
export class CompanyController {
  constructor(private readonly profiles: CompanyProfileService) {}

  @Can('read', 'Company')
  @Get()
  @ApiOperation({ summary: "The caller's company; `canOrder` is false until it is verified" })
  get(@CurrentUser() user: AuthenticatedUser): Promise<CompanyProfile> {
    return this.profiles.get(user);
  }

  @Can('update', 'Company')
  @Patch()
  @ApiOperation({ summary: 'Name, contact e-mail and phone (company.manage)' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateCompanyDto,
  ): Promise<CompanyProfile> {
    return this.profiles.update(user, dto);
  }

  @Can('requestDeletion', 'Company')
  @Post('deletion-request')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the shop to erase the account; ordering stops at once',
  })
  requestDeletion(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: DeletionRequestDto,
  ): Promise<CompanyProfile> {
    return this.profiles.requestDeletion(user, dto);
  }
}
