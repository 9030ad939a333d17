import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, Can, CurrentUser, IdParam } from '@lumen/api/core';
import type { Cart, ShippingOptionsResponse } from '@lumen/shared/contracts';
import { CartService } from './cart.service';
import { AddCartItemDto } from './dto/add-cart-item.dto';
import { ShippingOptionsQueryDto } from './dto/shipping-options-query.dto';
import { UpdateCartItemDto } from './dto/update-cart-item.dto';

@ApiTags('cart')
@ApiBearerAuth()
@Can('use', 'Cart')
@Controller('cart')
export class CartController {
  constructor(private readonly cart: CartService) {}

  @Get()
  view(@CurrentUser() user: AuthenticatedUser): Promise<Cart> {
    return this.cart.view(user);
  }

  /** Adds a product by article number; adding it again raises the quantity. */
  @Post('items')
  @HttpCode(200)
  add(@CurrentUser() user: AuthenticatedUser, @Body() body: AddCartItemDto): Promise<Cart> {
    return this.cart.addBySku(user, body.sku, body.quantity);
  }

  @Patch('items/:id')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Cart item') id: string,
    @Body() body: UpdateCartItemDto,
  ): Promise<Cart> {
    return this.cart.updateQuantity(user, id, body.quantity);
  }

  @Delete('items/:id')
  remove(@CurrentUser() user: AuthenticatedUser, @IdParam('Cart item') id: string): Promise<Cart> {
    return this.cart.remove(user, id);
  }

  /** "Move all to cart" from a project list of the caller's company. */
  @Post('from-project-list/:id')
  @HttpCode(200)
  fromProjectList(
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Project list') id: string,
  ): Promise<{ added: number; skippedEndOfLife: string[]; cart: Cart }> {
    return this.cart.addProjectList(user, id);
  }

  @Get('shipping-options')
  shippingOptions(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ShippingOptionsQueryDto,
  ): Promise<ShippingOptionsResponse> {
    return this.cart.shippingOptions(user, query.deliveryAddressId, query.quoteId);
  }
}
