export * from './lib/organisation-number';
export * from './lib/password-policy';
