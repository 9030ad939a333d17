export * from './lib/demo-accounts';
export * from './lib/demo-data.module';
export * from './lib/demo-catalog';
