import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, Can, CurrentScope, IdParam, type Scope } from '@lumen/api/core';
import type { OrderDetail, OrderPage } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { OrderQueryDto } from './dto/order-query.dto';
import { OrderReadQuery } from './order-read.query';
import { filterOf } from './order-search';

/** The order history, shared by customers (their company's) and staff (every company's). */
@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly reader: OrderReadQuery,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Can('read', 'Order')
  @ApiOperation({
    summary:
      "The company's orders, newest first (staff: every company's); by status, q finds the order number, PO reference or a line's SKU",
  })
  @ApiAnswer('OrderPage')
  list(@CurrentScope() scope: Scope, @Query() query: OrderQueryDto): Promise<OrderPage> {
    return this.reader.page(
      this.dataSource.manager,
      scope,
      filterOf(query, { matchCompanyName: false }),
      query.page ?? 1,
      query.pageSize ?? 20,
    );
  }

  @Get(':id')
  @Can('read', 'Order')
  @ApiOperation({ summary: 'One order with its lines, addresses, shipping and delivery dates' })
  @ApiAnswer('OrderDetail')
  detail(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<OrderDetail> {
    return this.reader.detail(this.dataSource.manager, scope, id);
  }
}
