import { Module } from '@nestjs/common';
import { OrderConfirmationController } from './order-confirmation.controller';
import { OrderDeskQuery } from './order-desk.query';
import { OrderReadQuery } from './order-read.query';
import { OrdersController } from './orders.controller';
import { StaffOrdersController } from './staff-orders.controller';

/**
 * The order history, the order page and the staff order desk's list. Placing an order is
 * checkout's (`@lumen/api/checkout`), which answers with the new order as `OrderReadQuery`
 * reads it; the desk's actions and its view of one order are fulfilment's.
 */
@Module({
  controllers: [OrdersController, StaffOrdersController, OrderConfirmationController],
  providers: [OrderReadQuery, OrderDeskQuery],
  exports: [OrderReadQuery],
})
export class OrdersModule {}
