export * from './lib/orders.routes';
export * from './lib/orders.translations';
