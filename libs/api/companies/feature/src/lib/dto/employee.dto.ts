import { OmitType } from '@nestjs/swagger';
import type { CreateCompanyUserRequest, UpdateCompanyUserRequest } from '@lumen/shared/contracts';
import { NormaliseEmail, Optional, PatchType, Trim } from '@lumen/api/core';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { PHONE_PATTERN } from '@lumen/shared/domain';

/** No `companyId`, `staffRole` or password: the company is the caller's, the password the invitee's. */
export class CreateCompanyUserDto implements CreateCompanyUserRequest {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Optional()
  @Trim()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone?: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'roleIds must name at least one role' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'roleIds must be role ids' })
  roleIds: string[];
}

/** E-mail stays fixed (it is the login); `active` deactivates or reactivates. */
export class UpdateCompanyUserDto
  extends PatchType(OmitType(CreateCompanyUserDto, ['email'] as const))
  implements UpdateCompanyUserRequest
{
  @Optional()
  @IsBoolean()
  active?: boolean;
}
