import { Optional, Trim } from '@lumen/api/core';
import { DECISION_REASON_MAX, type RefuseRequest } from '@lumen/shared/contracts';
import { IsString, MaxLength } from 'class-validator';

/** A missing or blank reason reaches the service, which answers 422 `reason_required` (the portal's text). */
export class RefuseDto implements Partial<RefuseRequest> {
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(DECISION_REASON_MAX)
  reason?: string;
}
