import { ApiProperty } from '@nestjs/swagger';
import { Nullable, PatchType, Trim } from '@lumen/api/core';
import {
  APPROVAL_RULE_MAX_APPROVERS,
  APPROVAL_RULE_NAME_MAX_LENGTH,
  type CreateApprovalRuleRequest,
  PURCHASING_AMOUNT_MAX_ORE,
  type UpdateApprovalRuleRequest,
} from '@lumen/shared/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** A rule: for whom, above what, approved by whom. At least one approver is checked by the service. */
export class CreateApprovalRuleDto implements CreateApprovalRuleRequest {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(APPROVAL_RULE_NAME_MAX_LENGTH)
  name: string;

  /** The orderers' roles; empty: everyone. */
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(APPROVAL_RULE_MAX_APPROVERS)
  @IsUUID('all', { each: true })
  appliesToRoleIds: string[];

  /** Orders above this total excl. VAT in øre; null: every order. */
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: PURCHASING_AMOUNT_MAX_ORE })
  @Nullable()
  @IsInt()
  @Min(0)
  @Max(PURCHASING_AMOUNT_MAX_ORE)
  aboveNetOre: number | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  @Nullable()
  @IsUUID()
  approverRoleId: string | null;

  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(APPROVAL_RULE_MAX_APPROVERS)
  @IsUUID('all', { each: true })
  approverUserIds: string[];
}

export class UpdateApprovalRuleDto extends PatchType(CreateApprovalRuleDto) implements UpdateApprovalRuleRequest {}
