import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, ApiErrors, Can, CurrentScope, IdParam, type Scope } from '@lumen/api/core';
import type { OrderDeskDetail } from '@lumen/shared/contracts';
import { CreateShipmentDto } from './dto/create-shipment.dto';
import { OrderDeskService } from './order-desk.service';

/**
 * The staff order desk's moves on one order (PRODUCT.md §13). The desk's list and search are
 * `GET /api/staff/orders` in `@lumen/api/orders`. Every staff member works the desk (`fulfil Order`).
 */
@ApiTags('staff: order desk')
@Controller('staff')
@Can('fulfil', 'Order')
export class OrderDeskController {
  constructor(private readonly desk: OrderDeskService) {}

  @Get('orders/:id')
  @ApiOperation({ summary: "One order as the desk works it: lines' open quantities, shipments, access notes" })
  @ApiAnswer('OrderDeskDetail')
  detail(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<OrderDeskDetail> {
    return this.desk.detail(scope, id);
  }

  @Post('orders/:id/confirm')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm a placed order; the orderer gets the "order confirmed" e-mail' })
  @ApiAnswer('OrderDeskDetail')
  @ApiErrors({ 409: '`order_transition_not_allowed`: the order is not placed (already confirmed, shipped, …)' })
  confirm(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<OrderDeskDetail> {
    return this.desk.confirm(scope, id);
  }

  @Post('orders/:id/prepare')
  @HttpCode(200)
  @ApiOperation({ summary: 'Put a confirmed order in preparation' })
  @ApiAnswer('OrderDeskDetail')
  @ApiErrors({ 409: '`order_transition_not_allowed`: the order is not confirmed' })
  prepare(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<OrderDeskDetail> {
    return this.desk.prepare(scope, id);
  }

  @Post('orders/:id/shipments')
  @ApiOperation({
    summary: 'Ship chosen lines and quantities with a carrier and tracking number',
    description:
      'Creates the shipment, its invoice (only the shipped goods; shipping and the bulky surcharge on the ' +
      "order's first invoice) and the shipment and invoice e-mails in one transaction. An order without " +
      'partial delivery (a desired-date order among them) ships complete: every open line in full.',
  })
  @ApiAnswer('OrderDeskDetail')
  @ApiErrors({
    400: '`validation_failed`: carrier, tracking number (letters, digits, space . _ / - only) or lines',
    409: '`order_transition_not_allowed`: the order is not confirmed, in preparation or partially shipped',
    422:
      '`unknown_order_line`, `order_line_cancelled`, `shipment_exceeds_open_quantity`, `order_ships_complete`: ' +
      '`details` names each line',
  })
  ship(
    @CurrentScope() scope: Scope,
    @IdParam('Order') id: string,
    @Body() body: CreateShipmentDto,
  ): Promise<OrderDeskDetail> {
    return this.desk.ship(scope, id, body);
  }

  @Post('shipments/:id/delivered')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a shipment delivered; the order is delivered once all of it is' })
  @ApiAnswer('OrderDeskDetail')
  @ApiErrors({ 409: '`shipment_already_delivered`' })
  delivered(@CurrentScope() scope: Scope, @IdParam('Shipment') id: string): Promise<OrderDeskDetail> {
    return this.desk.delivered(scope, id);
  }
}
