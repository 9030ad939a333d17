import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, ApiErrors, type AuthenticatedUser, Can, CurrentUser, IdParam, PageQueryDto } from '@lumen/api/core';
import type { OrderDetail, OrderPage } from '@lumen/shared/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CheckoutService } from './checkout.service';
import { CheckoutDto } from './dto/checkout.dto';
import { checkIdempotencyKey } from './idempotency-keys';
import { OrderReader } from './order-reader';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly checkout: CheckoutService,
    private readonly reader: OrderReader,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

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
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: CheckoutDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OrderDetail> {
    const result = await this.checkout.place(user, checkIdempotencyKey(key), body);
    response.status(result.status);
    if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
    return result.body;
  }

  @Get()
  @Can('read', 'Order')
  @ApiOperation({ summary: "The company's orders, newest first (staff: every company's)" })
  @ApiAnswer('OrderPage')
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<OrderPage> {
    return this.reader.page(this.dataSource.manager, user.companyId, query.page ?? 1, query.pageSize ?? 20);
  }

  @Get(':id')
  @Can('read', 'Order')
  @ApiOperation({ summary: 'One order with its lines, addresses, shipping and delivery dates' })
  @ApiAnswer('OrderDetail')
  detail(@CurrentUser() user: AuthenticatedUser, @IdParam('Order') id: string): Promise<OrderDetail> {
    return this.reader.detail(this.dataSource.manager, user.companyId, id);
  }
}
