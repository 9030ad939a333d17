import { Optional, PageQueryDto, Trim } from '@lumen/api/core';
import {
  PRODUCT_LIFECYCLES,
  type ProductLifecycle,
  STOCK_STATUSES,
  type StaffProductQuery,
  type StockStatus,
} from '@lumen/shared/contracts';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

export class StaffProductQueryDto extends PageQueryDto implements StaffProductQuery {
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @Optional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '$property must be a category slug' })
  @MaxLength(80)
  category?: string;

  @Optional()
  @IsIn(PRODUCT_LIFECYCLES)
  lifecycle?: ProductLifecycle;

  @Optional()
  @IsIn(STOCK_STATUSES)
  stockStatus?: StockStatus;
}
