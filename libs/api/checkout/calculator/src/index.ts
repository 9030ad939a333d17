export * from './lib/checkout-calculator';
export * from './lib/checkout-calculator.module';
export * from './lib/shipping-settings.service';
