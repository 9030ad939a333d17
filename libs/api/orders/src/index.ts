export * from './lib/order-read.query';
export * from './lib/orders.module';
