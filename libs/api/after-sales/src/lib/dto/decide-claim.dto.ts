import { Optional, Trim } from '@lumen/api/core';
import {
  type Carrier,
  CARRIERS,
  CLAIM_DECISIONS,
  type ClaimDecision,
  DECISION_REASON_MAX,
  type DecideClaimRequest,
  TRACKING_NUMBER_MAX,
} from '@lumen/shared/contracts';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';

/** As the order desk takes a tracking number: it goes into a URL and an e-mail. */
const TRACKING_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;

export class DecideClaimDto implements DecideClaimRequest {
  @IsIn(CLAIM_DECISIONS)
  decision: ClaimDecision;

  /** Required for `refuse` (422 `reason_required`, from the service). */
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(DECISION_REASON_MAX)
  reason?: string;

  @Optional()
  @IsIn(CARRIERS)
  carrier?: Carrier;

  @Optional()
  @Trim()
  @IsString()
  @MaxLength(TRACKING_NUMBER_MAX)
  @Matches(TRACKING_NUMBER, { message: 'trackingNumber may hold letters, digits, spaces and . _ / - only' })
  trackingNumber?: string;
}
