export * from './lib/catalog.routes';
export * from './lib/product-price';
export * from './lib/catalog.translations';
