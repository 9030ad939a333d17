import { IsSku, Nested, Nullable, Optional, PatchType, Trim } from '@lumen/api/core';
import {
  type CreateProductRequest,
  type LightingDataInput,
  PRODUCT_LIFECYCLES,
  type ProductLifecycle,
  STOCK_STATUSES,
  type StockStatus,
  type UpdateProductRequest,
} from '@lumen/shared/contracts';
import { PRODUCT_TEXT_MAX } from '@lumen/shared/domain';
import { OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';

/** Shapes only: the ranges and cross-field rules are the domain's (`productDraftProblems`), checked by the service. */
export class LightingDataDto implements LightingDataInput {
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  wattage?: number | null;

  @Nullable()
  @IsInt()
  lumen?: number | null;

  @Nullable()
  @IsInt()
  colourTemperatureK?: number | null;

  @Nullable()
  @IsInt()
  cri?: number | null;

  @Nullable()
  @IsString()
  @MaxLength(8)
  ipRating?: string | null;

  @Nullable()
  @IsInt()
  beamAngle?: number | null;

  @Nullable()
  @IsBoolean()
  dimmable?: boolean | null;
}

const KEYWORDS_MAX = 100;

export class CreateProductDto implements CreateProductRequest {
  @IsSku()
  sku!: string;

  @Trim()
  @IsString()
  @MaxLength(PRODUCT_TEXT_MAX.name)
  name!: string;

  @Optional()
  @IsString()
  @MaxLength(PRODUCT_TEXT_MAX.description)
  description?: string;

  @Optional()
  @IsString({ each: true })
  @MaxLength(80, { each: true })
  @ArrayMaxSize(KEYWORDS_MAX)
  keywords?: string[];

  @IsUUID()
  categoryId!: string;

  @Trim()
  @IsString()
  @MaxLength(PRODUCT_TEXT_MAX.brand)
  brand!: string;

  @IsInt()
  @Min(0)
  listPriceOre!: number;

  @Optional()
  @Nested(() => LightingDataDto)
  lighting?: LightingDataDto;

  @IsIn(STOCK_STATUSES)
  stockStatus!: StockStatus;

  @Nullable()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date (YYYY-MM-DD)' })
  stockDate?: string | null;

  @Optional()
  @IsBoolean()
  bulky?: boolean;

  @Optional()
  @IsBoolean()
  netPriced?: boolean;

  @Optional()
  @IsIn(PRODUCT_LIFECYCLES)
  lifecycle?: ProductLifecycle;

  @Nullable()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @MaxLength(64)
  replacementSku?: string | null;
}

export class UpdateProductDto
  extends PatchType(OmitType(CreateProductDto, ['sku'] as const))
  implements UpdateProductRequest
{
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;
}
