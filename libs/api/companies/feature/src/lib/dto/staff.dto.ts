import { ApiProperty } from '@nestjs/swagger';
import {
  COMPANY_STATUSES,
  type CompanyStatus,
  type CreateStaffUserRequest,
  LOYALTY_TIERS,
  type LoyaltyTier,
  type StaffCompanyQuery,
  type StaffRole,
} from '@lumen/shared/contracts';
import { NormaliseEmail, Optional, PageQueryDto, Trim } from '@lumen/api/core';
import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class StaffCompanyQueryDto extends PageQueryDto implements StaffCompanyQuery {
  /** Part of the name, or the start of the organisation number. */
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiProperty({ enum: COMPANY_STATUSES, required: false })
  @Optional()
  @IsIn(COMPANY_STATUSES)
  status?: CompanyStatus;

  @ApiProperty({ enum: LOYALTY_TIERS, required: false })
  @Optional()
  @IsIn(LOYALTY_TIERS)
  tier?: LoyaltyTier;
}

const STAFF_ROLES: readonly StaffRole[] = ['consultant', 'shop_admin'];

export class CreateStaffUserDto implements CreateStaffUserRequest {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  staffRole: StaffRole;
}
