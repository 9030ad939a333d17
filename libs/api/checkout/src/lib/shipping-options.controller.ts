import { Controller, Get, Query, UseGuards } from '@nestjs/common';
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
} from '@lumen/api/core';
import type { PurchasingCheck, ShippingOptionsResponse } from '@lumen/shared/contracts';
import { PurchasingCheckQueryDto, ShippingOptionsQueryDto } from './dto/shipping-options-query.dto';
import { ShippingOptionsService } from './shipping-options.service';

/**
 * `GET /api/cart/shipping-options` keeps the path PRODUCT.md §11 gives it, under the cart, but it
 * is the first step of checkout (it prices an accepted quote too), so checkout serves it: the
 * cart then needs nothing of quotes.
 */
@ApiTags('cart')
@Can('use', 'Cart')
@Controller('cart')
@UseGuards(CustomerOnlyGuard)
export class ShippingOptionsController {
  constructor(private readonly shippingOptions: ShippingOptionsService) {}

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
  list(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ShippingOptionsQueryDto,
  ): Promise<ShippingOptionsResponse> {
    return this.shippingOptions.options(scope, priceAudienceOf(user), query.deliveryAddressId, query.quoteId);
  }

  @Get('purchasing-check')
  @ApiOperation({
    summary:
      "What the company's budgets and approval rules would do to this order: budgets spent and left, who must approve, or refused",
  })
  @ApiAnswer('PurchasingCheck')
  @ApiErrors({
    404: 'No such delivery address (`deliveryAddressId`) or quote (`quoteId`), or the company has no delivery address',
    409: '`quote_not_accepted`: only an accepted quote can be ordered',
    422: '`country_not_delivered`: the address is outside the delivery countries',
  })
  purchasingCheck(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PurchasingCheckQueryDto,
  ): Promise<PurchasingCheck> {
    return this.shippingOptions.purchasingCheck(
      scope,
      priceAudienceOf(user),
      query.shippingMethod ?? 'standard',
      query.deliveryAddressId,
      query.quoteId,
    );
  }
}
