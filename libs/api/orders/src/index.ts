export * from './lib/orders.module';
export { PAYMENT_TERMS_DAYS } from './lib/checkout.service';
