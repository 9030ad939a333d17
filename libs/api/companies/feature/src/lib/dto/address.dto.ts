import type { CreateAddressRequest, UpdateAddressRequest } from '@lumen/shared/contracts';
import { AddressDto, Nullable, Optional, PatchType, Trim } from '@lumen/api/core';
import { PHONE_PATTERN } from '@lumen/shared/domain';
import { IsBoolean, IsString, Matches, MaxLength } from 'class-validator';

/** A delivery address of the address book; `kind` and `companyId` are never the caller's to set. */
export class CreateAddressDto extends AddressDto implements CreateAddressRequest {
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(100)
  label?: string;

  /** Whom the freight forwarder phones for a bulky delivery; `null` clears it. */
  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(100)
  recipientName?: string | null;

  @Nullable()
  @Trim()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'recipientPhone must be a phone number' })
  recipientPhone?: string | null;

  @Optional()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateAddressDto extends PatchType(CreateAddressDto) implements UpdateAddressRequest {}
