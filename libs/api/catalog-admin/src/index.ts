export * from './lib/catalog-admin.module';
