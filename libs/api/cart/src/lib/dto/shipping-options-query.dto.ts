import { IsOptional, IsUUID } from 'class-validator';

export class ShippingOptionsQueryDto {
  /** Defaults to the company's default delivery address. */
  @IsOptional()
  @IsUUID()
  deliveryAddressId?: string;

  /** The options for ordering this accepted quote instead of the cart. */
  @IsOptional()
  @IsUUID()
  quoteId?: string;
}
