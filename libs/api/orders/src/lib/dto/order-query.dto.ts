import { ApiProperty } from '@nestjs/swagger';
import { Optional, PageQueryDto, Trim } from '@lumen/api/core';
import type { OrderDeskSort, OrderStatus } from '@lumen/shared/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { ORDER_DESK_SORTS, ORDER_SEARCH_MAX_LENGTH, ORDER_STATUSES } from '../order-search';

/**
 * Beyond this page a list answers 400: an OFFSET walks every row before it, and 10,000 pages
 * of 100 is more history than anyone pages through (search instead).
 */
const ORDER_PAGE_MAX = 10_000;

/** `GET /api/orders?status=&q=&page=&pageSize=`: the order history. */
export class OrderQueryDto extends PageQueryDto {
  // All of PageQueryDto's rules again: class-validator drops a parent's rules for a property
  // the child decorates too (Min and Max are both "custom" rules), so adding only @Max lost @Min.
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(ORDER_PAGE_MAX)
  override page?: number;

  @ApiProperty({ enum: ORDER_STATUSES, required: false })
  @Optional()
  @IsIn(ORDER_STATUSES)
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
