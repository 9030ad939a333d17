import type {
  AccessNotes,
  CheckoutRequest,
  DeliveryAccess,
  PaymentMethod,
  ShippingMethod,
} from '@lumen/shared/contracts';
import {
  ACCESS_NOTE_MAX,
  DELIVERY_ACCESS,
  PAYMENT_METHODS,
  PURCHASE_ORDER_REFERENCE_MAX,
  SHIPPING_METHODS,
} from '@lumen/shared/contracts';
import { Nested, Nullable, Optional, Trim } from '@lumen/api/core';
import { IsBoolean, IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';

/** How the freight forwarder gets a bulky delivery in, and a free-text note (door code, floor). */
export class AccessNotesDto implements AccessNotes {
  @IsIn(DELIVERY_ACCESS)
  access: DeliveryAccess;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(ACCESS_NOTE_MAX)
  note?: string | null;
}

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

  /**
   * Required when any line is bulky (PRODUCT.md §13) — `access_notes_required` otherwise, cart
   * and quote checkouts alike; shown on the desk.
   */
  @Optional()
  @Nested(() => AccessNotesDto)
  accessNotes?: AccessNotesDto;
}
