import { Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { priceAudienceOf } from '@lumen/api/catalog';
import {
  ApiAnswer,
  type AuthenticatedUser,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CurrentUser,
  CustomerOnlyGuard,
  IdParam,
} from '@lumen/api/core';
import type { ReorderResponse } from '@lumen/shared/contracts';
import { ReorderService } from './reorder.service';

/** "Order again": a customer's act on the cart, so the customer-only guard covers it. */
@ApiTags('orders')
@Controller('orders')
@UseGuards(CustomerOnlyGuard)
export class ReorderController {
  constructor(private readonly reorders: ReorderService) {}

  @Post(':id/reorder')
  @HttpCode(200)
  @Can('use', 'Cart')
  @ApiOperation({
    summary:
      "Put a past order's lines in the cart at today's prices; end-of-life lines are named with their replacement",
  })
  @ApiAnswer('ReorderResponse')
  reorder(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @IdParam('Order') id: string,
  ): Promise<ReorderResponse> {
    return this.reorders.reorder(scope, priceAudienceOf(user), id);
  }
}
