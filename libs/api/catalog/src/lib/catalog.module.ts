import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogPricing } from './catalog-pricing';
import { Category } from './category.entity';
import { Product } from './product.entity';
import { TierDiscount } from './tier-discount.entity';

/** Catalog browsing and search, loyalty-tier prices, tier settings. */
@Module({
  imports: [TypeOrmModule.forFeature([Product, Category, TierDiscount])],
  providers: [CatalogPricing],
  exports: [CatalogPricing, TypeOrmModule],
})
export class CatalogModule {}
