import { IsSku, Quantity } from '@lumen/api/core';
import type { QuickOrderAddToCartRequest } from '@lumen/shared/contracts';
import { ORDER_LINE_QUANTITY_MAX, QUICK_ORDER_LIMITS } from '@lumen/shared/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';

export class QuickOrderCartItemDto {
  @IsSku()
  sku: string;

  @Quantity(ORDER_LINE_QUANTITY_MAX)
  quantity: number;
}

export class QuickOrderAddToCartDto implements QuickOrderAddToCartRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUICK_ORDER_LIMITS.maxLines)
  @ValidateNested({ each: true })
  @Type(() => QuickOrderCartItemDto)
  items: QuickOrderCartItemDto[];
}
