import type { UpdateCartItemRequest } from '@lumen/shared/contracts';
import { IsInt, Max, Min } from 'class-validator';

export class UpdateCartItemDto implements UpdateCartItemRequest {
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity: number;
}
