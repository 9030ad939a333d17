export * from './lib/staff.routes';
export * from './lib/staff.translations';
export * from './lib/dev-mail.page';
export * from './lib/dev-mail.translations';
