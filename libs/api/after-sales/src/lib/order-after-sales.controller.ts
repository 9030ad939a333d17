import { Body, Controller, Get, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAnswer,
  ApiErrors,
  Can,
  type CompanyScope,
  CurrentCompanyScope,
  CurrentScope,
  CustomerOnlyGuard,
  IdParam,
  type Scope,
} from '@lumen/api/core';
import type { Cancellation, OrderAfterSales, ReturnDetail } from '@lumen/shared/contracts';
import { CancellationsService } from './cancellations.service';
import { CancelLineDto } from './dto/cancel-line.dto';
import { CreateReturnDto } from './dto/create-return.dto';
import { OrderAfterSalesQuery } from './order-after-sales.query';
import { ReturnsService } from './returns.service';

/**
 * After-sales on the order page (PRODUCT.md §11, §14): what each line may still have done to it,
 * and the customer's two order-level requests — cancel (part of) a line, return delivered goods.
 * Another company's order is a 404, as a missing one.
 */
@ApiTags('after-sales')
@Controller('orders')
export class OrderAfterSalesController {
  constructor(
    private readonly view: OrderAfterSalesQuery,
    private readonly cancellations: CancellationsService,
    private readonly returns: ReturnsService,
  ) {}

  @Get(':id/after-sales')
  @Can('read', 'AfterSales')
  @ApiOperation({
    summary:
      "Per line what may still be cancelled, returned, claimed or reported and until when, with the order's requests",
  })
  @ApiAnswer('OrderAfterSales')
  afterSales(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<OrderAfterSales> {
    return this.view.ofOrder(scope, id);
  }

  @Post(':id/lines/:lineId/cancel-request')
  @Can('request', 'AfterSales')
  @UseGuards(CustomerOnlyGuard)
  @ApiOperation({
    summary: 'Cancel (part of) a line: at once before preparation, else a request staff accept or refuse',
    description:
      'Answers the cancellation: `cancelled` when the order is placed or confirmed and not in preparation ' +
      '(the units leave the line, the order status follows), otherwise `requested`. Nothing is ever invoiced ' +
      'for a cancelled unit: invoices charge shipped units only.',
  })
  @ApiAnswer('Cancellation')
  @ApiErrors({
    404: '`not_found`: no such order or line in your company',
    422: '`cancel_exceeds_open_quantity`: more than the units not shipped, cancelled or already asked for',
  })
  cancel(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Order') id: string,
    @IdParam('Order line', 'lineId') lineId: string,
    @Body() body: CancelLineDto,
  ): Promise<Cancellation> {
    return this.cancellations.request(scope, id, lineId, body);
  }

  @Post(':id/returns')
  @Can('request', 'AfterSales')
  @UseGuards(CustomerOnlyGuard)
  @ApiOperation({
    summary: 'Return delivered goods within 50 days of the delivery of the whole order; answers the RMA',
    description:
      'Lines and quantities up to what was delivered less what is already in a return. The return gets an ' +
      'RMA number and a label (`GET /api/returns/:id/label.pdf`) and opens or joins the order’s return case.',
  })
  @ApiAnswer('ReturnDetail')
  @ApiErrors({
    404: '`not_found`: no such order in your company',
    422:
      '`order_not_delivered`; `return_window_closed` with `details.closedOn` (YYYY-MM-DD); `unknown_order_line`, ' +
      '`duplicate_order_line`, `order_line_cancelled`, `return_exceeds_delivered`: `details` names each line',
  })
  createReturn(
    @CurrentCompanyScope() scope: CompanyScope,
    @IdParam('Order') id: string,
    @Body() body: CreateReturnDto,
  ): Promise<ReturnDetail> {
    return this.returns.create(scope, id, body);
  }
}
