import { Type } from 'class-transformer';
import { Trim } from '@lumen/api/core';
import {
  type CreateQuoteRequestRequest,
  PROJECT_LIST_QUANTITY_MAX,
  QUOTE_MESSAGE_MAX,
  QUOTE_STATUSES,
  type QuoteCommentRequest,
  type QuoteDraftLineInput,
  type SaveQuoteDraftRequest,
  type StaffQuoteQuery,
} from '@lumen/shared/contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CreateQuoteRequestDto implements CreateQuoteRequestRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(QUOTE_MESSAGE_MAX)
  message?: string | null;
}

export class QuoteCommentDto implements QuoteCommentRequest {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(QUOTE_MESSAGE_MAX)
  body: string;
}

export class QuoteDraftLineDto implements QuoteDraftLineInput {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  sku: string;

  @IsInt()
  @Min(1)
  @Max(PROJECT_LIST_QUANTITY_MAX)
  quantity: number;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER / PROJECT_LIST_QUANTITY_MAX)
  unitPriceOre?: number | null;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(99.99)
  discountPercent?: number | null;
}

export class SaveQuoteDraftDto implements SaveQuoteDraftRequest {
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => QuoteDraftLineDto)
  lines: QuoteDraftLineDto[];

  @IsOptional()
  @IsISO8601({ strict: true })
  validUntil?: string | null;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(QUOTE_MESSAGE_MAX)
  message?: string | null;
}

export class StaffQuoteQueryDto implements StaffQuoteQuery {
  @IsOptional()
  @IsIn([...QUOTE_STATUSES, 'open', 'all'])
  status?: StaffQuoteQuery['status'];

  @IsOptional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class QuoteMetricsQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}
