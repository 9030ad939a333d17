import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, Can, CurrentScope, type Scope } from '@lumen/api/core';
import type { OrderDeskPage } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { OrderDeskQueryDto } from './dto/order-query.dto';
import { OrderDeskQuery } from './order-desk.query';
import { defaultDeskSort, filterOf } from './order-search';

/**
 * The order desk's list (PRODUCT.md §13). Its actions (confirm, ship, deliver) and the order's
 * desk view are fulfilment's; reading and searching orders is this library's. Staff only, by
 * policy; the caller's Scope still goes into the query, so the policy is not all that bounds it.
 */
@ApiTags('staff: orders')
@Controller('staff/orders')
export class StaffOrdersController {
  constructor(
    private readonly desk: OrderDeskQuery,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Can('fulfil', 'Order')
  @ApiOperation({
    summary:
      "Every company's orders by status and age; q finds the order number, company, PO reference or a line's SKU",
  })
  @ApiAnswer('OrderDeskPage')
  list(@CurrentScope() scope: Scope, @Query() query: OrderDeskQueryDto): Promise<OrderDeskPage> {
    const filter = filterOf(query, { matchCompanyName: true });
    return this.desk.page(
      this.dataSource.manager,
      scope,
      filter,
      query.sort ?? defaultDeskSort(filter.status),
      query.page ?? 1,
      query.pageSize ?? 20,
    );
  }
}
