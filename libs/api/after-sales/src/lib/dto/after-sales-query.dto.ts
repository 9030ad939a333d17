import { Optional, PageQueryDto } from '@lumen/api/core';
import {
  CANCELLATION_STATUSES,
  CLAIM_KINDS,
  CLAIM_STATUSES,
  type CancellationStatus,
  type ClaimKind,
  type ClaimStatus,
  RETURN_STATUSES,
  type ReturnStatus,
} from '@lumen/shared/contracts';
import { IsIn, IsUUID } from 'class-validator';

/** `GET /api/staff/cancellations?status=&page=&pageSize=`. */
export class CancellationQueryDto extends PageQueryDto {
  @Optional()
  @IsIn(CANCELLATION_STATUSES)
  status?: CancellationStatus;
}

/** `GET /api/returns` and `/api/staff/returns` `?status=&orderId=&page=&pageSize=`. */
export class ReturnQueryDto extends PageQueryDto {
  @Optional()
  @IsIn(RETURN_STATUSES)
  status?: ReturnStatus;

  @Optional()
  @IsUUID()
  orderId?: string;
}

/** `GET /api/claims` and `/api/staff/claims` `?kind=&status=&page=&pageSize=`. */
export class ClaimQueryDto extends PageQueryDto {
  @Optional()
  @IsIn(CLAIM_KINDS)
  kind?: ClaimKind;

  @Optional()
  @IsIn(CLAIM_STATUSES)
  status?: ClaimStatus;
}

/** A list's filters with the page defaults filled in. */
export const pageOf = <T extends PageQueryDto>(query: T): T & { page: number; pageSize: number } => ({
  ...query,
  page: query.page ?? 1,
  pageSize: query.pageSize ?? 20,
});
