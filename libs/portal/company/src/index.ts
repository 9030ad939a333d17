export * from './lib/company.routes';
