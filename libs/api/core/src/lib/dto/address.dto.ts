import { ApiProperty } from '@nestjs/swagger';
import { type AddressInput, DELIVERY_COUNTRIES, type DeliveryCountry } from '@lumen/shared/contracts';
import { IsPostalCodeOfCountry, Trim } from '../validation/validators';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional } from '../validation/optional';

/** A postal address as a customer types it (registration, address book). */
export class AddressDto implements AddressInput {
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  line1: string;

  @Trim()
  @Optional()
  @IsString()
  @MaxLength(200)
  line2?: string;

  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  @IsPostalCodeOfCountry()
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
}
