import { Optional, Quantity, Trim } from '@lumen/api/core';
import { type CancelLineRequest, RETURN_REASON_MAX } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { IsString, MaxLength } from 'class-validator';

export class CancelLineDto implements CancelLineRequest {
  @Quantity(ORDER_LINE_QUANTITY_MAX)
  quantity: number;

  @Optional()
  @Trim()
  @IsString()
  @MaxLength(RETURN_REASON_MAX)
  reason?: string;
}
