import { Body, Controller, Delete, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiErrors, Can, type CompanyScope, CurrentCompanyScope, CustomerOnlyGuard } from '@lumen/api/core';
import type { CompanyProfile } from '@lumen/shared/contracts';
import { CompanyProfileService } from './company-profile.service';
import { DeletionRequestDto, UpdateCompanyDto } from './dto/company.dto';

@ApiTags('company')
@Controller('company')
@UseGuards(CustomerOnlyGuard)
export class CompanyController {
  constructor(private readonly profiles: CompanyProfileService) {}

  @Can('read', 'Company')
  @Get()
  @ApiOperation({ summary: "The caller's company; `canOrder` is false until it is verified" })
  @ApiAnswer('CompanyProfile')
  get(@CurrentCompanyScope() scope: CompanyScope): Promise<CompanyProfile> {
    return this.profiles.get(scope);
  }

  @Can('update', 'Company')
  @Patch()
  @ApiOperation({ summary: 'Name, contact e-mail and phone (company.manage)' })
  @ApiAnswer('CompanyProfile')
  update(@CurrentCompanyScope() scope: CompanyScope, @Body() dto: UpdateCompanyDto): Promise<CompanyProfile> {
    return this.profiles.update(scope, dto);
  }

  @Can('requestDeletion', 'Company')
  @Post('deletion-request')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ask the shop to erase the account; ordering stops at once',
  })
  @ApiAnswer('CompanyProfile')
  @ApiErrors({ 409: '`deletion_already_requested`: deletion of this account has already been requested' })
  requestDeletion(
    @CurrentCompanyScope() scope: CompanyScope,
    @Body() dto: DeletionRequestDto,
  ): Promise<CompanyProfile> {
    return this.profiles.requestDeletion(scope, dto);
  }

  @Can('requestDeletion', 'Company')
  @Delete('deletion-request')
  @ApiOperation({ summary: 'Withdraw the deletion request before the shop carries it out; ordering works again' })
  @ApiAnswer('CompanyProfile')
  @ApiErrors({ 409: '`deletion_not_requested`: there is no deletion request to withdraw' })
  withdrawDeletion(@CurrentCompanyScope() scope: CompanyScope): Promise<CompanyProfile> {
    return this.profiles.withdrawDeletion(scope);
  }
}
