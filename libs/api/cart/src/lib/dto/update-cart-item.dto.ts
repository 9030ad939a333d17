import type { UpdateCartItemRequest } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX } from '@lumen/shared/domain';
import { Quantity } from '@lumen/api/core';

export class UpdateCartItemDto implements UpdateCartItemRequest {
  @Quantity(ORDER_LINE_QUANTITY_MAX)
  quantity: number;
}
