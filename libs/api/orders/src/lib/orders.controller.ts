import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthenticatedUser, Can, CurrentUser, IdParam, PageQueryDto } from '@lumen/api/core';
import type { OrderDetail, OrderPage } from '@lumen/shared/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { CheckoutService } from './checkout.service';
import { CheckoutDto } from './dto/checkout.dto';
import { checkIdempotencyKey } from './idempotency-keys';
import { OrderReader } from './order-reader';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly checkout: CheckoutService,
    private readonly reader: OrderReader,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Places an order from the cart or an accepted quote. A retry with the same
   * Idempotency-Key and body answers the first order; a different body is refused (422).
   */
  @Post()
  @Can('place', 'Order')
  @ApiHeader({ name: 'Idempotency-Key', required: true })
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

  /** The company's orders, newest first (staff: every company's). */
  @Get()
  @Can('read', 'Order')
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: PageQueryDto): Promise<OrderPage> {
    return this.reader.page(this.dataSource.manager, user.companyId, query.page ?? 1, query.pageSize ?? 20);
  }

  @Get(':id')
  @Can('read', 'Order')
  detail(@CurrentUser() user: AuthenticatedUser, @IdParam('Order') id: string): Promise<OrderDetail> {
    return this.reader.detail(this.dataSource.manager, user.companyId, id);
  }
}
