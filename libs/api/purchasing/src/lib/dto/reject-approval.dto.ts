import { Trim } from '@lumen/api/core';
import { APPROVAL_REASON_MAX_LENGTH, type RejectApprovalRequest } from '@lumen/shared/contracts';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A rejection says why: the orderer reads it in the e-mail and on the order. */
export class RejectApprovalDto implements RejectApprovalRequest {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(APPROVAL_REASON_MAX_LENGTH)
  reason: string;
}
