import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiErrors, type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { StaffProduct, StaffProductPage } from '@lumen/shared/contracts';
import { CreateProductDto, UpdateProductDto } from './dto/product.dto';
import { StaffProductQueryDto } from './dto/staff-product-query.dto';
import { StaffProductsService } from './staff-products.service';

const PRODUCT_RULES =
  '`validation_failed`: `details` names each field against its rule (SKU format, ranges, stock date only with `supplier_date_confirmed`, a replacement only at end-of-life)';
const PRODUCT_REFERENCES =
  '`category_not_found`, `replacement_not_found`, `replacement_not_active` (the replacement is end-of-life itself), `replacement_cycle`';

/** The staff's product list and editor. Every staff member reads; only the shop admin writes. */
@ApiTags('catalog (staff)')
@ApiBearerAuth()
@Controller('staff/products')
export class StaffProductsController {
  constructor(private readonly products: StaffProductsService) {}

  @Get()
  @Can('read', 'StaffArea')
  @ApiOperation({
    summary: 'Staff product list: SKU, name, brand or keyword search; category, lifecycle and stock filters',
  })
  @ApiAnswer('StaffProductPage')
  list(@Query() query: StaffProductQueryDto): Promise<StaffProductPage> {
    return this.products.list(query);
  }

  @Get(':id')
  @Can('read', 'StaffArea')
  @ApiOperation({ summary: 'One product with every editable field and its version' })
  @ApiAnswer('StaffProduct')
  get(@IdParam('Product') id: string): Promise<StaffProduct> {
    return this.products.get(id);
  }

  @Post()
  @Can('create', 'Product')
  @ApiOperation({ summary: 'Shop admin: create a product (audited)' })
  @ApiAnswer('StaffProduct')
  @ApiErrors({ 400: PRODUCT_RULES, 409: '`sku_taken`', 422: PRODUCT_REFERENCES })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateProductDto): Promise<StaffProduct> {
    return this.products.create(user, dto);
  }

  @Patch(':id')
  @Can('update', 'Product')
  @ApiOperation({
    summary: 'Shop admin: change the fields sent (audited before/after); with `version`, a stale edit is refused',
  })
  @ApiAnswer('StaffProduct')
  @ApiErrors({
    400: PRODUCT_RULES,
    409: '`conflict`: `version` is not the current one; or the product is the replacement of others and cannot become end-of-life',
    422: PRODUCT_REFERENCES,
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Product') id: string,
    @Body() dto: UpdateProductDto,
  ): Promise<StaffProduct> {
    return this.products.update(user, id, dto);
  }
}
