export * from './lib/accounts';
export * from './lib/auth';
export * from './lib/company';
export * from './lib/errors';
export * from './lib/health';
export * from './lib/catalog';
export * from './lib/project-lists';
export * from './lib/quotes';
