export * from './lib/organisation-number';
export * from './lib/password-policy';
export * from './lib/quote-state';
export * from './lib/quote-clock';
