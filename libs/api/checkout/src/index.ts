export * from './lib/checkout.module';
export { PAYMENT_TERMS_DAYS } from './lib/checkout.service';
