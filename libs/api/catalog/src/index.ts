export * from './lib/catalog-pricing';
export * from './lib/catalog.module';
export * from './lib/category.entity';
export * from './lib/price-audience';
export * from './lib/product-row';
export * from './lib/product.entity';
export * from './lib/tier-discount.entity';
export * from './lib/product-media';
