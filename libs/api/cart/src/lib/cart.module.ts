import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';
import { CheckoutCalculator } from './checkout-calculator';
import { CompanyAddresses } from './company-addresses';
import { ShippingSettingsService } from './shipping-settings.service';

/** The server-side cart, shipping settings and the checkout arithmetic it shares with orders. */
@Module({
  imports: [CatalogModule],
  controllers: [CartController],
  providers: [CartService, CheckoutCalculator, CompanyAddresses, ShippingSettingsService],
  exports: [CartService, CheckoutCalculator, CompanyAddresses, ShippingSettingsService],
})
export class CartModule {}
