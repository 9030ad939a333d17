export * from './lib/add-to-cart';
export * from './lib/cart-header-icon';
export * from './lib/cart.api';
export * from './lib/cart.routes';
export * from './lib/cart.translations';
