export * from './lib/staff.routes';
export * from './lib/staff.translations';
