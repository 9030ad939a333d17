export * from './lib/accepted-quotes';
export * from './lib/quote-expiry';
export * from './lib/quote-reader';
export * from './lib/quotes.module';
