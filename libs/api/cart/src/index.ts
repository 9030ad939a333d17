export * from './lib/cart.module';
export * from './lib/cart.service';
