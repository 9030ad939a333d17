export * from './lib/order-read.query';
export * from './lib/orders.module';
export * from './lib/order-confirmation-mail';
