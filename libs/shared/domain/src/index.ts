export * from './lib/organisation-number';
export * from './lib/password-policy';
export * from './lib/money';
export * from './lib/pricing';
export * from './lib/vat';
export * from './lib/quote-state';
export * from './lib/quote-clock';
