import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { ChangeCompanyTierResponse, TierDiscounts } from '@lumen/shared/contracts';
import { ChangeCompanyTierDto, UpdateTierDiscountsDto } from './dto/staff-pricing.dto';
import { StaffPricingService } from './staff-pricing.service';

@ApiTags('staff')
@Controller('staff')
export class StaffPricingController {
  constructor(private readonly staffPricing: StaffPricingService) {}

  @Get('pricing/tiers')
  @Can('read', 'PriceSettings')
  @ApiOperation({ summary: 'The discount percentage of each loyalty tier' })
  @ApiAnswer('TierDiscounts')
  tierDiscounts(): Promise<TierDiscounts> {
    return this.staffPricing.tierDiscounts();
  }

  @Put('pricing/tiers')
  @Can('update', 'PriceSettings')
  @ApiOperation({
    summary: 'Shop admin: set the three tier percentages (audited)',
  })
  @ApiAnswer('TierDiscounts')
  updateTierDiscounts(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: UpdateTierDiscountsDto,
  ): Promise<TierDiscounts> {
    return this.staffPricing.updateTierDiscounts(user, dto);
  }

  @Patch('companies/:id/tier')
  @Can('changeTier', 'Company')
  @ApiOperation({
    summary: "Change a company's loyalty tier with a reason; audited, company admins e-mailed, effective at once",
  })
  @ApiAnswer('ChangeCompanyTierResponse')
  changeTier(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Company') companyId: string,
    @Body() dto: ChangeCompanyTierDto,
  ): Promise<ChangeCompanyTierResponse> {
    return this.staffPricing.changeCompanyTier(user, companyId, dto);
  }
}
