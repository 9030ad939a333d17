import {
  type ChangeCompanyTierRequest,
  LOYALTY_TIERS,
  type LoyaltyTier,
  type UpdateTierDiscountsRequest,
} from '@lumen/shared/contracts';
import { DiscountPercent, Trim } from '@lumen/api/core';
import { IsIn, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

export class UpdateTierDiscountsDto implements UpdateTierDiscountsRequest {
  @DiscountPercent()
  silver: number;

  @DiscountPercent()
  gold: number;

  @DiscountPercent()
  platinum: number;
}

export class ChangeCompanyTierDto implements ChangeCompanyTierRequest {
  @IsIn(LOYALTY_TIERS)
  tier: LoyaltyTier;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MinLength(3)
  @MaxLength(500)
  reason: string;
}
