import { Quantity, Trim } from '@lumen/api/core';
import {
  type Carrier,
  CARRIERS,
  type CreateShipmentRequest,
  TRACKING_NUMBER_MAX,
} from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';

/** An order can have at most this many lines in one shipment; far above any real order. */
const SHIPMENT_LINES_MAX = 5000;

/**
 * What carriers print on a label: letters, digits and the separators some use. It goes into a
 * URL and an e-mail, so control characters and anything else are refused, not stripped.
 */
const TRACKING_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;

export class ShipmentLineDto {
  @IsUUID()
  orderLineId: string;

  @Quantity(ORDER_LINE_QUANTITY_MAX)
  quantity: number;
}

export class CreateShipmentDto implements CreateShipmentRequest {
  @IsIn(CARRIERS)
  carrier: Carrier;

  @Trim()
  @IsString()
  @MaxLength(TRACKING_NUMBER_MAX)
  @Matches(TRACKING_NUMBER, {
    message: 'trackingNumber may hold letters, digits, spaces and . _ / - only (no control characters)',
  })
  trackingNumber: string;

  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(SHIPMENT_LINES_MAX)
  @ValidateNested({ each: true })
  @Type(() => ShipmentLineDto)
  lines: ShipmentLineDto[];
}
