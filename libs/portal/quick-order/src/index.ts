export * from './lib/quick-order.routes';
