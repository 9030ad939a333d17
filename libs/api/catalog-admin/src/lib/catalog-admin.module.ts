import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { CatalogChanges } from './catalog-changes';
import { CatalogExportService } from './catalog-export.service';
import { CatalogImportQuery } from './catalog-import.query';
import { CatalogImportService } from './catalog-import.service';
import { CatalogTransferController } from './catalog-transfer.controller';
import { CategoryTreeController } from './category-tree.controller';
import { CategoryTreeService } from './category-tree.service';
import { MediaController, ProductMediaController } from './product-media.controller';
import { ProductMediaService } from './product-media.service';
import { ProductWriteQuery } from './product-write.query';
import { StaffProductReadQuery } from './staff-product-read.query';
import { StaffProductsController } from './staff-products.controller';
import { StaffProductsService } from './staff-products.service';
import { StockFeedService } from './stock-feed.service';

/** The shop's catalog back office: products, categories, media, import, stock feed and export (PRODUCT.md §16). */
@Module({
  imports: [CatalogModule],
  // The transfer routes first: `products/export.csv` must not reach `products/:id`.
  controllers: [
    CatalogTransferController,
    StaffProductsController,
    ProductMediaController,
    CategoryTreeController,
    MediaController,
  ],
  providers: [
    CatalogChanges,
    CatalogExportService,
    CatalogImportQuery,
    CatalogImportService,
    CategoryTreeService,
    ProductMediaService,
    ProductWriteQuery,
    StaffProductReadQuery,
    StaffProductsService,
    StockFeedService,
  ],
})
export class CatalogAdminModule {}
