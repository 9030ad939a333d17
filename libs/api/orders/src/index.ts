export * from './lib/order-reader';
export * from './lib/orders.module';
