export * from './lib/service-desk.module';
