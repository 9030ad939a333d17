import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiErrors, type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { Cart, ProjectListToCartResponse, ShippingOptionsResponse } from '@lumen/shared/contracts';
import { CartService } from './cart.service';
import { AddCartItemDto } from './dto/add-cart-item.dto';
import { ShippingOptionsQueryDto } from './dto/shipping-options-query.dto';
import { UpdateCartItemDto } from './dto/update-cart-item.dto';

@ApiTags('cart')
@Can('use', 'Cart')
@Controller('cart')
export class CartController {
  constructor(private readonly cart: CartService) {}

  @Get()
  @ApiOperation({ summary: "The caller's cart at tier prices, with the standard-shipping estimate" })
  @ApiAnswer('Cart')
  view(@CurrentUser() user: AuthenticatedUser): Promise<Cart> {
    return this.cart.view(user);
  }

  @Post('items')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a product by article number; adding it again raises the quantity' })
  @ApiAnswer('Cart')
  @ApiErrors({ 422: '`end_of_life`: the product is no longer sold (the message names its replacement)' })
  add(@CurrentUser() user: AuthenticatedUser, @Body() body: AddCartItemDto): Promise<Cart> {
    return this.cart.addBySku(user, body.sku, body.quantity);
  }

  @Patch('items/:id')
  @ApiOperation({ summary: 'Set the quantity of a cart line' })
  @ApiAnswer('Cart')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Cart item') id: string,
    @Body() body: UpdateCartItemDto,
  ): Promise<Cart> {
    return this.cart.updateQuantity(user, id, body.quantity);
  }

  @Delete('items/:id')
  @ApiOperation({ summary: 'Remove a line from the cart' })
  @ApiAnswer('Cart')
  remove(@CurrentUser() user: AuthenticatedUser, @IdParam('Cart item') id: string): Promise<Cart> {
    return this.cart.remove(user, id);
  }

  @Post('from-project-list/:id')
  @HttpCode(200)
  @ApiOperation({ summary: '"Move all to cart" from a project list of the caller\'s company' })
  @ApiAnswer('ProjectListToCartResponse')
  fromProjectList(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
  ): Promise<ProjectListToCartResponse> {
    return this.cart.addProjectList(user, id);
  }

  @Get('shipping-options')
  @ApiOperation({
    summary: 'Standard and express for the cart (or an accepted quote) to a delivery address, priced and dated',
  })
  @ApiAnswer('ShippingOptionsResponse')
  @ApiErrors({
    404: 'No such delivery address (`deliveryAddressId`) or quote (`quoteId`), or the company has no delivery address',
    409: '`quote_not_accepted`: only an accepted quote can be ordered',
    422: '`country_not_delivered`: the address is outside the delivery countries',
  })
  shippingOptions(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ShippingOptionsQueryDto,
  ): Promise<ShippingOptionsResponse> {
    return this.cart.shippingOptions(user, query.deliveryAddressId, query.quoteId);
  }
}
