import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { QuotesModule } from '@lumen/api/quotes';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';
import { CheckoutCalculator } from './checkout-calculator';
import { CompanyAddresses } from './company-addresses';
import { QuoteCheckoutLines } from './quote-checkout-lines';
import { ShippingSettingsService } from './shipping-settings.service';

/** The server-side cart, shipping settings and the checkout arithmetic it shares with orders. */
@Module({
  imports: [CatalogModule, QuotesModule],
  controllers: [CartController],
  providers: [CartService, CheckoutCalculator, CompanyAddresses, QuoteCheckoutLines, ShippingSettingsService],
  exports: [CartService, CheckoutCalculator, CompanyAddresses, QuoteCheckoutLines, ShippingSettingsService],
})
export class CartModule {}
