import type { DeletionRequest, UpdateCompanyRequest } from '@lumen/shared/contracts';
import { NormaliseEmail, Optional, Trim } from '@lumen/api/core';
import { PHONE_PATTERN } from '@lumen/shared/domain';
import { IsEmail, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Name, contact e-mail and phone only: tier, status and organisation number are not the customer's. */
export class UpdateCompanyDto implements UpdateCompanyRequest {
  @Optional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Optional()
  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @Optional()
  @Trim()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone?: string;
}

export class DeletionRequestDto implements DeletionRequest {
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}
