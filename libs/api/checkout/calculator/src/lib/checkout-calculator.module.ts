import { Module } from '@nestjs/common';
import { CheckoutCalculator } from './checkout-calculator';
import { ShippingSettingsService } from './shipping-settings.service';

/** The checkout arithmetic and the shipping settings it reads, for the cart's estimate and checkout. */
@Module({
  providers: [CheckoutCalculator, ShippingSettingsService],
  exports: [CheckoutCalculator, ShippingSettingsService],
})
export class CheckoutCalculatorModule {}
