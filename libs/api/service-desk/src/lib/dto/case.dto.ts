import { Transform, Type } from 'class-transformer';
import { Optional, PageQueryDto, Trim } from '@lumen/api/core';
import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CASE_SUBJECT_MAX,
  type CaseCategory,
  type CaseMessageRequest,
  type CaseStatus,
  type ClassifyCaseRequest,
  type CreateCaseRequest,
  type CreateTimeEntryRequest,
  SERVICE_CLASSIFICATIONS,
  type ServiceClassification,
  type ServiceSettings,
  type StaffReplyRequest,
} from '@lumen/shared/contracts';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

/** A multipart form sends every field as text: `true`/`false` become booleans. */
const FormBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

/** The longest a consultant logs in one entry: a working day (the table's CHECK agrees). */
const TIME_ENTRY_MINUTES_MAX = 24 * 60;
const TIME_ENTRY_NOTE_MAX = 1000;
/** kr 1 000 000 per 15 minutes is a typo, not a price. */
const UNIT_PRICE_MAX_ORE = 100_000_000;

// A message's length is checked by the service (`message_too_long`, as for multipart text that
// multer stops at 64 kB), so a too-long message answers one code however it was sent.

export class CreateCaseDto implements CreateCaseRequest {
  @IsIn(CASE_CATEGORIES)
  category: CaseCategory;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CASE_SUBJECT_MAX)
  subject: string;

  @IsString()
  @IsNotEmpty()
  message: string;

  @Optional()
  @IsUUID()
  orderId?: string;

  @Optional()
  @IsUUID()
  orderLineId?: string;

  @Optional()
  @IsUUID()
  invoiceId?: string;
}

export class CaseMessageDto implements CaseMessageRequest {
  @IsString()
  @IsNotEmpty()
  body: string;
}

export class StaffReplyDto implements StaffReplyRequest {
  @IsString()
  @IsNotEmpty()
  body: string;

  @Optional()
  @FormBoolean()
  @IsBoolean()
  waitForCustomer?: boolean;
}

export class CaseQueryDto extends PageQueryDto {
  @Optional()
  @IsIn(CASE_STATUSES)
  status?: CaseStatus;
}

export class StaffCaseQueryDto extends CaseQueryDto {
  @Optional()
  @FormBoolean()
  @IsBoolean()
  overdue?: boolean;

  @Optional()
  @IsIn(CASE_CATEGORIES)
  category?: CaseCategory;

  /** `me`, `none` (unassigned) or a staff member's id. */
  @Optional()
  @Matches(/^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assignee must be me, none or a staff user id',
  })
  assignee?: string;
}

export class ClassifyCaseDto implements ClassifyCaseRequest {
  @IsIn(SERVICE_CLASSIFICATIONS)
  classification: ServiceClassification;
}

export class CreateTimeEntryDto implements CreateTimeEntryRequest {
  @IsInt()
  @Min(1)
  @Max(TIME_ENTRY_MINUTES_MAX)
  minutes: number;

  @Optional()
  @Trim()
  @IsString()
  @MaxLength(TIME_ENTRY_NOTE_MAX)
  note?: string;
}

export class ServiceSettingsDto implements ServiceSettings {
  @IsInt()
  @Min(0)
  @Max(UNIT_PRICE_MAX_ORE)
  unitPriceOre: number;
}

export class CaseMetricsQueryDto {
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}
