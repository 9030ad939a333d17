import { Optional, Trim } from '@lumen/api/core';
import {
  DECISION_REASON_MAX,
  type InspectReturnRequest,
  RETURN_LINE_VERDICTS,
  type ReturnLineVerdict,
} from '@lumen/shared/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { RETURN_LINES_MAX } from './create-return.dto';

export class LineVerdictDto {
  @IsUUID()
  orderLineId: string;

  @IsIn(RETURN_LINE_VERDICTS)
  verdict: ReturnLineVerdict;

  /** Required for `refused` (422 `reason_required`, from the service). */
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(DECISION_REASON_MAX)
  refusalReason?: string;
}

export class InspectReturnDto implements InspectReturnRequest {
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(RETURN_LINES_MAX)
  @ValidateNested({ each: true })
  @Type(() => LineVerdictDto)
  lines: LineVerdictDto[];
}
