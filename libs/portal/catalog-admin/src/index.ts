export * from './lib/catalog-admin.routes';
export * from './lib/catalog-admin.translations';
