import type { DeletionRequest, UpdateCompanyRequest } from '@lumen/shared/contracts';
import { NormaliseEmail, Trim } from '@lumen/api/core';
import { PHONE_PATTERN } from '@lumen/shared/domain';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Name, contact e-mail and phone only: tier, status and organisation number are not the customer's. */
export class UpdateCompanyDto implements UpdateCompanyRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @IsOptional()
  @Trim()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone?: string;
}

export class DeletionRequestDto implements DeletionRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
