export * from './lib/company.routes';
export * from './lib/company.translations';
