import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { CatalogChanges } from './catalog-changes';
import { CategoryTreeController } from './category-tree.controller';
import { CategoryTreeService } from './category-tree.service';
import { ProductWriteQuery } from './product-write.query';
import { StaffProductReadQuery } from './staff-product-read.query';
import { StaffProductsController } from './staff-products.controller';
import { StaffProductsService } from './staff-products.service';

/** The shop's catalog back office: products, categories, media, import, stock feed and export (PRODUCT.md §16). */
@Module({
  imports: [CatalogModule],
  controllers: [StaffProductsController, CategoryTreeController],
  providers: [CatalogChanges, CategoryTreeService, ProductWriteQuery, StaffProductReadQuery, StaffProductsService],
})
export class CatalogAdminModule {}
