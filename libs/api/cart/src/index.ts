export * from './lib/cart.module';
export * from './lib/cart.service';
export * from './lib/checkout-calculator';
export * from './lib/quote-checkout-lines';
export * from './lib/shipping-settings.service';
