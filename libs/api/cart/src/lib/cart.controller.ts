import { Body, Controller, Delete, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { priceAudienceOf } from '@lumen/api/catalog';
import {
  ApiAnswer,
  ApiErrors,
  type AuthenticatedUser,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CurrentUser,
  CustomerOnlyGuard,
  IdParam,
} from '@lumen/api/core';
import type { Cart, ProjectListToCartResponse } from '@lumen/shared/contracts';
import { CartService } from './cart.service';
import { AddCartItemDto } from './dto/add-cart-item.dto';
import { UpdateCartItemDto } from './dto/update-cart-item.dto';

@ApiTags('cart')
@Can('use', 'Cart')
@Controller('cart')
@UseGuards(CustomerOnlyGuard)
export class CartController {
  constructor(private readonly cart: CartService) {}

  @Get()
  @ApiOperation({ summary: "The caller's cart at tier prices, with the standard-shipping estimate" })
  @ApiAnswer('Cart')
  view(@CurrentCompanyScope() scope: CompanyScope, @CurrentUser() user: AuthenticatedUser): Promise<Cart> {
    return this.cart.view(scope, priceAudienceOf(user));
  }

  @Post('items')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a product by article number; adding it again raises the quantity' })
  @ApiAnswer('Cart')
  @ApiErrors({ 422: '`end_of_life`: the product is no longer sold (the message names its replacement)' })
  add(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AddCartItemDto,
  ): Promise<Cart> {
    return this.cart.addBySku(scope, priceAudienceOf(user), body.sku, body.quantity);
  }

  @Patch('items/:id')
  @ApiOperation({ summary: 'Set the quantity of a cart line' })
  @ApiAnswer('Cart')
  update(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Cart item') id: string,
    @Body() body: UpdateCartItemDto,
  ): Promise<Cart> {
    return this.cart.updateQuantity(scope, priceAudienceOf(user), id, body.quantity);
  }

  @Delete('items/:id')
  @ApiOperation({ summary: 'Remove a line from the cart' })
  @ApiAnswer('Cart')
  remove(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Cart item') id: string,
  ): Promise<Cart> {
    return this.cart.remove(scope, priceAudienceOf(user), id);
  }

  @Post('from-project-list/:id')
  @HttpCode(200)
  @ApiOperation({ summary: '"Move all to cart" from a project list of the caller\'s company' })
  @ApiAnswer('ProjectListToCartResponse')
  fromProjectList(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
  ): Promise<ProjectListToCartResponse> {
    return this.cart.addProjectList(scope, priceAudienceOf(user), id);
  }
}
