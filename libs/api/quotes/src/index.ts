export * from './lib/accepted-quotes';
export * from './lib/quote-expiry';
export * from './lib/quote-read.query';
export * from './lib/quotes.module';
export { quoteNumber } from './lib/quote-rows';
