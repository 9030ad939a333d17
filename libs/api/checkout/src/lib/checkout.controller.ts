import { Body, Controller, Headers, Post, Res, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import type { OrderDetail } from '@lumen/shared/contracts';
import type { FastifyReply } from 'fastify';
import { CheckoutService } from './checkout.service';
import { CheckoutDto } from './dto/checkout.dto';
import { checkIdempotencyKey } from './idempotency-keys';

/**
 * Placing an order, a customer's act: a controller of its own so the customer-only guard covers
 * it whole, while the order history beside it (`OrdersController`) is shared with staff.
 */
@ApiTags('orders')
@Controller('orders')
@UseGuards(CustomerOnlyGuard)
export class CheckoutController {
  constructor(private readonly checkout: CheckoutService) {}

  @Post()
  @Can('place', 'Order')
  @ApiOperation({
    summary: 'Place an order from the cart or an accepted quote',
    description:
      'A retry with the same Idempotency-Key and body answers the first order again (header ' +
      '`Idempotent-Replayed: true`); the same key with a different body is refused (422).',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @ApiAnswer('OrderDetail')
  @ApiErrors({
    404: 'The quote named by `quoteId` was not found',
    409:
      '`quote_already_ordered`, `quote_not_accepted`: the quote cannot be ordered; ' +
      '`idempotency_key_in_use`: an order with this key is still being placed, retry in a moment',
    422:
      '`cart_empty`, `order_has_invalid_lines` (`details` names the lines), `invalid_desired_delivery_date`, ' +
      '`country_not_delivered`, `billing_address_missing`, `idempotency_key_reused`',
  })
  async place(
    @CurrentCompanyScope() scope: CompanyScope,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: CheckoutDto,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<OrderDetail> {
    const result = await this.checkout.place(scope, user, checkIdempotencyKey(key), body);
    response.status(result.status);
    if (result.replayed) response.header('Idempotent-Replayed', 'true');
    return result.body;
  }
}
