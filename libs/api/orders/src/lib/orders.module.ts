import { Module } from '@nestjs/common';
import { OrderConfirmationController } from './order-confirmation.controller';
import { OrderDeskQuery } from './order-desk.query';
import { OrderReader } from './order-reader';
import { OrdersController } from './orders.controller';
import { StaffOrdersController } from './staff-orders.controller';

/**
 * The order history, the order page and the staff order desk's list. Placing an order is
 * checkout's (`@lumen/api/checkout`), which answers with the new order as `OrderReader` reads it;
 * the desk's actions and its view of one order are fulfilment's.
 */
@Module({
  controllers: [OrdersController, StaffOrdersController, OrderConfirmationController],
  providers: [OrderReader, OrderDeskQuery],
  exports: [OrderReader],
})
export class OrdersModule {}
