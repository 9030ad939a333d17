import type { CheckoutRequest, PaymentMethod, ShippingMethod } from '@lumen/shared/contracts';
import { PAYMENT_METHODS, PURCHASE_ORDER_REFERENCE_MAX, SHIPPING_METHODS } from '@lumen/shared/contracts';
import { Trim } from '@lumen/api/core';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class CheckoutDto implements CheckoutRequest {
  @IsUUID()
  deliveryAddressId: string;

  @IsIn(SHIPPING_METHODS)
  shippingMethod: ShippingMethod;

  @IsOptional()
  @IsISO8601({ strict: true })
  desiredDeliveryDate?: string;

  @IsOptional()
  @IsBoolean()
  partialDelivery?: boolean;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(PURCHASE_ORDER_REFERENCE_MAX)
  purchaseOrderReference?: string;

  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  paymentMethod?: PaymentMethod;

  @IsOptional()
  @IsUUID()
  quoteId?: string;
}
