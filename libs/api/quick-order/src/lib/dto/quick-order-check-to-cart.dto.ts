import type { QuickOrderCheckToCartRequest, QuickOrderTakenLine } from '@lumen/shared/contracts';
import { QUICK_ORDER_LIMITS } from '@lumen/shared/domain';
import { Type } from 'class-transformer';
import { IsSku, Optional } from '@lumen/api/core';
import { ArrayMaxSize, IsArray, IsInt, Min, ValidateNested } from 'class-validator';

/** A replacement or suggestion the user took for a line that was not orderable. */
export class QuickOrderTakenDto implements QuickOrderTakenLine {
  @IsInt()
  @Min(1)
  line: number;

  @IsSku()
  sku: string;
}

export class QuickOrderCheckToCartDto implements QuickOrderCheckToCartRequest {
  @Optional()
  @IsArray()
  @ArrayMaxSize(QUICK_ORDER_LIMITS.maxLines)
  @ValidateNested({ each: true })
  @Type(() => QuickOrderTakenDto)
  take?: QuickOrderTakenDto[];
}
