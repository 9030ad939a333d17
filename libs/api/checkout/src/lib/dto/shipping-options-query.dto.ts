import { IsIn, IsUUID } from 'class-validator';
import { SHIPPING_METHODS, type ShippingMethod } from '@lumen/shared/contracts';
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

/** `GET /api/cart/purchasing-check`: the order as checkout would place it, with its shipping method. */
export class PurchasingCheckQueryDto extends ShippingOptionsQueryDto {
  /** Defaults to standard. */
  @Optional()
  @IsIn(SHIPPING_METHODS)
  shippingMethod?: ShippingMethod;
}
