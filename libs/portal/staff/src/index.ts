export * from './lib/staff.routes';
