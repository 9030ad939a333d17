import { IsUUID } from 'class-validator';
import { Optional } from '@lumen/api/core';

export class ShippingOptionsQueryDto {
  /** Defaults to the company's default delivery address. */
  @Optional()
  @IsUUID()
  deliveryAddressId?: string;

  /** The options for ordering this accepted quote instead of the cart. */
  @Optional()
  @IsUUID()
  quoteId?: string;
}
