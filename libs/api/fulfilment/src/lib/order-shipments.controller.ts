import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAnswer, Can, CurrentScope, IdParam, type Scope } from '@lumen/api/core';
import type { Shipment } from '@lumen/shared/contracts';
import { OrderDeskService } from './order-desk.service';

/** The order page's shipments with "Track delivery" links, for the customer (own company) and staff. */
@ApiTags('orders')
@Controller('orders')
export class OrderShipmentsController {
  constructor(private readonly desk: OrderDeskService) {}

  @Get(':id/shipments')
  @Can('read', 'Order')
  @ApiOperation({ summary: "An order's shipments: lines, carrier, tracking link, delivered, invoice" })
  @ApiAnswer(['Shipment'])
  list(@CurrentScope() scope: Scope, @IdParam('Order') id: string): Promise<Shipment[]> {
    return this.desk.shipmentsOf(scope, id);
  }
}
