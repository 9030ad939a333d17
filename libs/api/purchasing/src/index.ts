export * from './lib/purchasing.module';
