import type { CreateAddressRequest, UpdateAddressRequest } from '@lumen/shared/contracts';
import { AddressDto, Optional, PatchType, Trim } from '@lumen/api/core';
import { IsBoolean, IsString, MaxLength } from 'class-validator';

/** A delivery address of the address book; `kind` and `companyId` are never the caller's to set. */
export class CreateAddressDto extends AddressDto implements CreateAddressRequest {
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(100)
  label?: string;

  @Optional()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateAddressDto extends PatchType(CreateAddressDto) implements UpdateAddressRequest {}
