export * from './lib/ability';
export * from './lib/permissions';
