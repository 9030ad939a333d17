export * from './lib/quick-order.module';
export * from './lib/quick-order.service';
