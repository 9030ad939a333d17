import type { CheckoutRequest, PaymentMethod, ShippingMethod } from '@lumen/shared/contracts';
import { PAYMENT_METHODS, PURCHASE_ORDER_REFERENCE_MAX, SHIPPING_METHODS } from '@lumen/shared/contracts';
import { Optional, Trim } from '@lumen/api/core';
import { IsBoolean, IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';

export class CheckoutDto implements CheckoutRequest {
  @IsUUID()
  deliveryAddressId: string;

  @IsIn(SHIPPING_METHODS)
  shippingMethod: ShippingMethod;

  @Optional()
  @IsISO8601({ strict: true })
  desiredDeliveryDate?: string;

  @Optional()
  @IsBoolean()
  partialDelivery?: boolean;

  @Optional()
  @Trim()
  @IsString()
  @MaxLength(PURCHASE_ORDER_REFERENCE_MAX)
  purchaseOrderReference?: string;

  @Optional()
  @IsIn(PAYMENT_METHODS)
  paymentMethod?: PaymentMethod;

  @Optional()
  @IsUUID()
  quoteId?: string;
}
