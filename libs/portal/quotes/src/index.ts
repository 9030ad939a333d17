export * from './lib/quote-widgets';
export * from './lib/quotes.api';
export * from './lib/pdf-download';
export * from './lib/quotes.routes';
export * from './lib/quotes.translations';
export * from './lib/revision-diff';
