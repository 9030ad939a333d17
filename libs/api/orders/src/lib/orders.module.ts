import { Module } from '@nestjs/common';
import { OrderReader } from './order-reader';
import { OrdersController } from './orders.controller';

/**
 * The order history and the order page. Placing an order is checkout's (`@lumen/api/checkout`),
 * which answers with the new order as `OrderReader` reads it.
 */
@Module({
  controllers: [OrdersController],
  providers: [OrderReader],
  exports: [OrderReader],
})
export class OrdersModule {}
