import type { QuickOrderCheckToCartRequest, QuickOrderTakenLine } from '@lumen/shared/contracts';
import { QUICK_ORDER_MAX_LINES } from '@lumen/shared/contracts';
import { Type } from 'class-transformer';
import { Optional } from '@lumen/api/core';
import { ArrayMaxSize, IsArray, IsInt, IsString, Length, Min, ValidateNested } from 'class-validator';

/** A replacement or suggestion the user took for a line that was not orderable. */
export class QuickOrderTakenDto implements QuickOrderTakenLine {
  @IsInt()
  @Min(1)
  line: number;

  @IsString()
  @Length(1, 64)
  sku: string;
}

export class QuickOrderCheckToCartDto implements QuickOrderCheckToCartRequest {
  @Optional()
  @IsArray()
  @ArrayMaxSize(QUICK_ORDER_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => QuickOrderTakenDto)
  take?: QuickOrderTakenDto[];
}
