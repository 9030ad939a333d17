export * from './lib/companies-feature.module';
