import { Quantity, Trim } from '@lumen/api/core';
import { CLAIM_DESCRIPTION_MAX, type CreateClaimRequest } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { Type } from 'class-transformer';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

/** The fields of a claim's multipart form (or a JSON body without photos); a form's quantity is text. */
export class CreateClaimDto implements CreateClaimRequest {
  @IsUUID()
  orderId: string;

  @IsUUID()
  orderLineId: string;

  @Type(() => Number)
  @Quantity(ORDER_LINE_QUANTITY_MAX)
  quantity: number;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CLAIM_DESCRIPTION_MAX)
  description: string;
}
