import { Optional, Quantity, Trim } from '@lumen/api/core';
import { type CreateReturnRequest, RETURN_REASON_MAX } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

/** More lines than any order has; a bound on the body, not a rule. */
export const RETURN_LINES_MAX = 5000;

export class ReturnLineDto {
  @IsUUID()
  orderLineId: string;

  @Quantity(ORDER_LINE_QUANTITY_MAX)
  quantity: number;
}

export class CreateReturnDto implements CreateReturnRequest {
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(RETURN_LINES_MAX)
  @ValidateNested({ each: true })
  @Type(() => ReturnLineDto)
  lines: ReturnLineDto[];

  @Optional()
  @Trim()
  @IsString()
  @MaxLength(RETURN_REASON_MAX)
  reason?: string;
}
