export * from './lib/service-desk.routes';
export * from './lib/service-desk.translations';
