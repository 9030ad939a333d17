import type { QuickOrderAddToCartRequest } from '@lumen/shared/contracts';
import { QUICK_ORDER_MAX_LINES } from '@lumen/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsString,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

export class QuickOrderCartItemDto {
  @IsString()
  @Length(1, 64)
  sku: string;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;
}

export class QuickOrderAddToCartDto implements QuickOrderAddToCartRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUICK_ORDER_MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => QuickOrderCartItemDto)
  items: QuickOrderCartItemDto[];
}
