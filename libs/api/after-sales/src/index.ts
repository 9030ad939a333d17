export * from './lib/after-sales.module';
