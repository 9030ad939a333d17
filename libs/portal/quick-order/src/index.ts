export * from './lib/quick-order.routes';
export * from './lib/quick-order.translations';
