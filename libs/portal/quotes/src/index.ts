export * from './lib/quote-widgets';
export * from './lib/quotes.api';
export * from './lib/revision-pdf';
export * from './lib/quotes.routes';
export * from './lib/quotes.translations';
export * from './lib/revision-diff';
