import { Module } from '@nestjs/common';

/** The shop's catalog back office: products, categories, media, import, stock feed and export (PRODUCT.md §16). */
@Module({})
export class CatalogAdminModule {}
