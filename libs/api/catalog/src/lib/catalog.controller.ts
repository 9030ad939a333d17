import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, type AuthenticatedUser, CurrentUser, Public } from '@lumen/api/core';
import type { CategoryNode, ProductDetail, ProductPage } from '@lumen/shared/contracts';
import { CatalogService } from './catalog.service';
import { ProductQueryDto } from './dto/product-query.dto';
import { priceAudienceOf } from './price-audience';

/**
 * Public: visitors browse without prices. A bearer token, when sent, is still read, and
 * then every product carries the caller's tier price (staff: list price); `@ApiBearerAuth()`
 * on a public controller documents that token as optional.
 */
@ApiTags('catalog')
@ApiBearerAuth()
@Public()
@Controller()
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('categories')
  @ApiOperation({ summary: 'The category tree with product counts' })
  @ApiAnswer(['CategoryNode'])
  categories(): Promise<CategoryNode[]> {
    return this.catalog.categories();
  }

  @Get('products')
  @ApiOperation({
    summary: 'Search and browse: SKU (exact, prefix), name and keywords, lighting filters, paged with a total',
  })
  @ApiAnswer('ProductPage')
  search(@Query() query: ProductQueryDto, @CurrentUser() user: AuthenticatedUser | undefined): Promise<ProductPage> {
    return this.catalog.search(query, priceAudienceOf(user));
  }

  @Get('products/:sku')
  @ApiOperation({
    summary: 'One product; an end-of-life product comes with its replacement',
  })
  @ApiAnswer('ProductDetail')
  product(@Param('sku') sku: string, @CurrentUser() user: AuthenticatedUser | undefined): Promise<ProductDetail> {
    return this.catalog.bySku(sku, priceAudienceOf(user));
  }
}
