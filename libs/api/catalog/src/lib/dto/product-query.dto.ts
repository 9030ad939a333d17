import {
  MAX_PAGE_SIZE,
  PRODUCT_SORTS,
  type ProductQuery,
  type ProductSort,
  STOCK_STATUSES,
  type StockStatus,
} from '@lumen/shared/contracts';
import { Optional, Trim } from '@lumen/api/core';
import { LIGHTING_LIMITS } from '@lumen/shared/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Query strings arrive as text: "true"/"false" become booleans, anything else stays to fail validation. */
const QueryBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ProductQueryDto implements ProductQuery {
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(100)
  q?: string;

  @Optional()
  @IsString()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: '$property must be a category slug',
  })
  @MaxLength(80)
  category?: string;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;

  @Optional()
  @IsIn(PRODUCT_SORTS)
  sort?: ProductSort;

  @Optional()
  @Type(() => Number)
  @Min(LIGHTING_LIMITS.wattage.min)
  @Max(LIGHTING_LIMITS.wattage.max)
  minWattage?: number;

  @Optional()
  @Type(() => Number)
  @Min(LIGHTING_LIMITS.wattage.min)
  @Max(LIGHTING_LIMITS.wattage.max)
  maxWattage?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(LIGHTING_LIMITS.luminousFluxLm.min)
  @Max(LIGHTING_LIMITS.luminousFluxLm.max)
  minLumen?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(LIGHTING_LIMITS.luminousFluxLm.min)
  @Max(LIGHTING_LIMITS.luminousFluxLm.max)
  maxLumen?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(LIGHTING_LIMITS.colourTemperatureK.min)
  @Max(LIGHTING_LIMITS.colourTemperatureK.max)
  colourTemperatureK?: number;

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(LIGHTING_LIMITS.cri.min)
  @Max(LIGHTING_LIMITS.cri.max)
  minCri?: number;

  @Optional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^IP[0-9][0-9]$/, { message: '$property must look like IP44' })
  ipRating?: string;

  @Optional()
  @QueryBoolean()
  @IsBoolean()
  dimmable?: boolean;

  @Optional()
  @IsIn(STOCK_STATUSES)
  stockStatus?: StockStatus;

  @Optional()
  @QueryBoolean()
  @IsBoolean()
  includeEndOfLife?: boolean;
}
