export * from './lib/base.entity';
export * from './lib/data-source-options';
export * from './lib/database.module';
export * from './lib/snake-naming.strategy';
export * from './lib/prepared-query';
