import {
  type ChangeCompanyTierRequest,
  LOYALTY_TIERS,
  type LoyaltyTier,
  type UpdateTierDiscountsRequest,
} from '@lumen/shared/contracts';
import { isValidDiscountPercent } from '@lumen/shared/domain';
import { Trim } from '@lumen/api/core';
import { IsIn, IsNotEmpty, IsNumber, IsString, MaxLength, MinLength, ValidateBy } from 'class-validator';

/** 0 ≤ p < 100 with at most two decimals: exactly what the price rule accepts. */
const DiscountPercent = (): PropertyDecorator => (target, key) => {
  IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
  ValidateBy(
    {
      name: 'discountPercent',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && isValidDiscountPercent(value),
      },
    },
    {
      message: '$property must be a percentage from 0 to below 100, with at most two decimals',
    },
  )(target, key);
};

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
