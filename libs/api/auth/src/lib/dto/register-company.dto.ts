import { ApiProperty } from '@nestjs/swagger';
import { CUSTOMER_TYPES, type CustomerType, type RegisterCompanyRequest } from '@lumen/shared/contracts';
import {
  normaliseOrganisationNumber,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PHONE_PATTERN,
} from '@lumen/shared/domain';
import { IsOrganisationNumber, Nested, NormaliseEmail, Trim } from '@lumen/api/core';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { AddressDto } from '@lumen/api/core';

export class RegisterCompanyDetailsDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '923609016' })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseOrganisationNumber(value) : value))
  @IsOrganisationNumber()
  organisationNumber: string;

  @ApiProperty({ enum: CUSTOMER_TYPES })
  @IsIn(CUSTOMER_TYPES)
  customerType: CustomerType;

  @Trim()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number' })
  phone: string;

  @Nested(() => AddressDto)
  billingAddress: AddressDto;
}

export class RegisterUserDto {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @NormaliseEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class RegisterCompanyDto implements RegisterCompanyRequest {
  @Nested(() => RegisterCompanyDetailsDto)
  company: RegisterCompanyDetailsDto;

  @Nested(() => RegisterUserDto)
  user: RegisterUserDto;
}
