import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, Can, CurrentScope, IdParam, type Scope } from '@lumen/api/core';
import type { OrderApprovalAnswer } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { ApprovalReadQuery } from './approval-read.query';

/** The order page's "who approved when", for the company's users and the shop's staff alike. */
@ApiTags('orders')
@Controller('orders')
export class OrderApprovalController {
  constructor(
    private readonly reader: ApprovalReadQuery,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':id/approval')
  @Can('read', 'Order')
  @ApiOperation({
    summary: "The order's approval — steps, who approved when, how it ended — or null if it needed none",
  })
  @ApiAnswer('OrderApprovalAnswer')
  async approval(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<OrderApprovalAnswer> {
    return { approval: await this.reader.ofOrder(this.dataSource.manager, scope, id) };
  }
}
