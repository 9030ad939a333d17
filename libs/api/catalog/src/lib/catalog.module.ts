import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogChangeListener } from './catalog-change.listener';
import { CatalogController } from './catalog.controller';
import { CatalogPricing } from './catalog-pricing';
import { CatalogService } from './catalog.service';
import { Category } from './category.entity';
import { Product } from './product.entity';
import { StaffPricingController } from './staff-pricing.controller';
import { StaffPricingService } from './staff-pricing.service';
import { TierDiscount } from './tier-discount.entity';

/** Catalog browsing and search, loyalty-tier prices, tier settings. */
@Module({
  imports: [TypeOrmModule.forFeature([Product, Category, TierDiscount])],
  controllers: [CatalogController, StaffPricingController],
  providers: [CatalogPricing, CatalogService, CatalogChangeListener, StaffPricingService],
  exports: [CatalogPricing, CatalogService, TypeOrmModule],
})
export class CatalogModule {}
