import { Optional, Trim } from '@lumen/api/core';
import type { RecordPaymentRequest } from '@lumen/shared/contracts';
import { IsInt, IsISO8601, IsString, Matches, Max, Min } from 'class-validator';

export class RecordPaymentDto implements RecordPaymentRequest {
  @Trim()
  @IsString()
  @Matches(/^\d{2,25}$/, { message: 'kid must be 2–25 digits' })
  kid: string;

  @IsInt()
  @Min(1, { message: 'amountOre must be a positive whole number of øre' })
  @Max(Number.MAX_SAFE_INTEGER)
  amountOre: number;

  @Optional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'paidOn must be a date, YYYY-MM-DD' })
  paidOn?: string;
}
