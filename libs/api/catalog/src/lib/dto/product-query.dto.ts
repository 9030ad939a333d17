import {
  MAX_PAGE_SIZE,
  PRODUCT_SORTS,
  type ProductQuery,
  type ProductSort,
  STOCK_STATUSES,
  type StockStatus,
} from '@lumen/shared/contracts';
import { Trim } from '@lumen/api/core';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Query strings arrive as text: "true"/"false" become booleans, anything else stays to fail validation. */
const QueryBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ProductQueryDto implements ProductQuery {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: '$property must be a category slug',
  })
  @MaxLength(80)
  category?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  @IsOptional()
  @IsIn(PRODUCT_SORTS)
  sort?: ProductSort;

  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @Max(100_000)
  minWattage?: number;

  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @Max(100_000)
  maxWattage?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  minLumen?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  maxLumen?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(10000)
  colourTemperatureK?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100)
  minCri?: number;

  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^IP[0-9][0-9]$/, { message: '$property must look like IP44' })
  ipRating?: string;

  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  dimmable?: boolean;

  @IsOptional()
  @IsIn(STOCK_STATUSES)
  stockStatus?: StockStatus;

  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  includeEndOfLife?: boolean;
}
