import type { AddCartItemRequest } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { IsSku, Quantity } from '@lumen/api/core';

export class AddCartItemDto implements AddCartItemRequest {
  @IsSku()
  sku: string;

  @Quantity(ORDER_LINE_QUANTITY_MAX)
  quantity: number;
}
