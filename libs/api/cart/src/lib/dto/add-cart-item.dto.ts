import type { AddCartItemRequest } from '@lumen/shared/contracts';
import { Trim } from '@lumen/api/core';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

export class AddCartItemDto implements AddCartItemRequest {
  @Trim()
  @IsString()
  @Length(1, 64)
  sku: string;

  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;
}
