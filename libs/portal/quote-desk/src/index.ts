export * from './lib/quote-desk.api';
export * from './lib/quote-desk.routes';
export * from './lib/quote-desk.translations';
