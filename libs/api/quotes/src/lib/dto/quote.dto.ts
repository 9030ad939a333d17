import { Type } from 'class-transformer';
import { DiscountPercent, IsSku, Nullable, Optional, Quantity, Trim } from '@lumen/api/core';
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
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { QUEUE_LIMIT_MAX } from '../quote-read.query';

export class CreateQuoteRequestDto implements CreateQuoteRequestRequest {
  @Nullable()
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
  @IsSku()
  sku: string;

  @Quantity(PROJECT_LIST_QUANTITY_MAX)
  quantity: number;

  @Nullable()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER / PROJECT_LIST_QUANTITY_MAX)
  unitPriceOre?: number | null;

  @Nullable()
  @DiscountPercent()
  discountPercent?: number | null;
}

export class SaveQuoteDraftDto implements SaveQuoteDraftRequest {
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => QuoteDraftLineDto)
  lines: QuoteDraftLineDto[];

  @Nullable()
  @IsISO8601({ strict: true })
  validUntil?: string | null;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(QUOTE_MESSAGE_MAX)
  message?: string | null;
}

export class StaffQuoteQueryDto implements StaffQuoteQuery {
  @Optional()
  @IsIn([...QUOTE_STATUSES, 'open', 'all'])
  status?: StaffQuoteQuery['status'];

  @Optional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(QUEUE_LIMIT_MAX)
  limit?: number;
}

export class QuoteMetricsQueryDto {
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}
