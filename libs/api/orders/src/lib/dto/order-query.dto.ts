import { ApiProperty } from '@nestjs/swagger';
import { Optional, PageQueryDto, Trim } from '@lumen/api/core';
import {
  ORDER_HISTORY_STATUSES,
  ORDER_SEARCH_MAX_LENGTH,
  type OrderDeskSort,
  type OrderStatus,
} from '@lumen/shared/contracts';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { ORDER_DESK_SORTS } from '../order-search';

/** `GET /api/orders?status=&q=&page=&pageSize=`: the order history. */
export class OrderQueryDto extends PageQueryDto {
  @ApiProperty({ enum: ORDER_HISTORY_STATUSES, required: false })
  @Optional()
  @IsIn(ORDER_HISTORY_STATUSES)
  status?: OrderStatus;

  /** Order number (exactly), or part of a PO reference or of a line's SKU; case does not matter. */
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(ORDER_SEARCH_MAX_LENGTH)
  q?: string;
}

/** `GET /api/staff/orders?status=&q=&sort=&page=&pageSize=`: the order desk; `q` also finds company names. */
export class OrderDeskQueryDto extends OrderQueryDto {
  @ApiProperty({ enum: ORDER_DESK_SORTS, required: false })
  @Optional()
  @IsIn(ORDER_DESK_SORTS)
  sort?: OrderDeskSort;
}
