import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { CompaniesDataModule } from '@lumen/api/companies';
import { QuotesModule } from '@lumen/api/quotes';
import { CartController } from './cart.controller';
import { CartService } from './cart.service';
import { CheckoutCalculator } from './checkout-calculator';
import { QuoteCheckoutLines } from './quote-checkout-lines';
import { ShippingSettingsService } from './shipping-settings.service';

/** The server-side cart, shipping settings and the checkout arithmetic it shares with orders. */
@Module({
  imports: [CatalogModule, CompaniesDataModule, QuotesModule],
  controllers: [CartController],
  providers: [CartService, CheckoutCalculator, QuoteCheckoutLines, ShippingSettingsService],
  exports: [CartService, CheckoutCalculator, QuoteCheckoutLines, ShippingSettingsService],
})
export class CartModule {}
