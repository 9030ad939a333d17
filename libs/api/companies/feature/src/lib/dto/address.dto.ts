import { ApiProperty, PartialType } from '@nestjs/swagger';
import {
  type CreateAddressRequest,
  DELIVERY_COUNTRIES,
  type DeliveryCountry,
  type UpdateAddressRequest,
} from '@lumen/shared/contracts';
import { Trim } from '@lumen/api/core';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';

/** A delivery address of the address book; `kind` and `companyId` are never the caller's to set. */
export class CreateAddressDto implements CreateAddressRequest {
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  label?: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  line1: string;

  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  line2?: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  postalCode: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  city: string;

  @ApiProperty({ enum: DELIVERY_COUNTRIES })
  @IsIn(DELIVERY_COUNTRIES, {
    message: 'country must be one of the delivery countries',
  })
  country: DeliveryCountry;

  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateAddressDto
  extends PartialType(CreateAddressDto)
  implements UpdateAddressRequest {}
