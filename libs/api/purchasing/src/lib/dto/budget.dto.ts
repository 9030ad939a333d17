import { ApiProperty } from '@nestjs/swagger';
import { Nullable, Optional } from '@lumen/api/core';
import {
  BUDGET_PERIODS,
  type BudgetPeriod,
  type CreateBudgetRequest,
  OVER_BUDGET_ACTIONS,
  type OverBudgetAction,
  PURCHASING_AMOUNT_MAX_ORE,
  type UpdateBudgetRequest,
} from '@lumen/shared/contracts';
import { IsBoolean, IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';

export class CreateBudgetDto implements CreateBudgetRequest {
  @IsIn(BUDGET_PERIODS)
  period: BudgetPeriod;

  /** A site's budget; null: the whole company's. */
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  @Nullable()
  @IsUUID()
  deliveryAddressId: string | null;

  /** øre, excl. VAT. */
  @IsInt()
  @Min(1)
  @Max(PURCHASING_AMOUNT_MAX_ORE)
  amountOre: number;

  @IsIn(OVER_BUDGET_ACTIONS)
  overBudget: OverBudgetAction;
}

export class UpdateBudgetDto implements UpdateBudgetRequest {
  @Optional()
  @IsInt()
  @Min(1)
  @Max(PURCHASING_AMOUNT_MAX_ORE)
  amountOre?: number;

  @Optional()
  @IsIn(OVER_BUDGET_ACTIONS)
  overBudget?: OverBudgetAction;

  @Optional()
  @IsBoolean()
  active?: boolean;
}
