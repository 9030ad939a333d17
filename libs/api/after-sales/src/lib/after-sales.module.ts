import { Module } from '@nestjs/common';
import { FulfilmentModule } from '@lumen/api/fulfilment';
import { ServiceDeskModule } from '@lumen/api/service-desk';
import { AfterSalesCredits } from './after-sales-credits';
import { AfterSalesMail } from './after-sales-mail';
import { AfterSalesOrdersQuery } from './after-sales-orders.query';
import { CancellationsService } from './cancellations.service';
import { ClaimsController } from './claims.controller';
import { ClaimsQuery } from './claims.query';
import { ClaimsService } from './claims.service';
import { OrderAfterSalesController } from './order-after-sales.controller';
import { OrderAfterSalesQuery } from './order-after-sales.query';
import { ReturnsController } from './returns.controller';
import { ReturnsQuery } from './returns.query';
import { ReturnsService } from './returns.service';
import { StaffAfterSalesController } from './staff-after-sales.controller';

/**
 * Cancellations, returns, warranty claims and damage reports (PRODUCT.md §14). It owns those
 * tables and the return and claim series; credit notes come from fulfilment's InvoiceIssuer and
 * the order status from its OrderStatusWriter; cases and photos from the service desk.
 */
@Module({
  imports: [FulfilmentModule, ServiceDeskModule],
  controllers: [OrderAfterSalesController, ReturnsController, ClaimsController, StaffAfterSalesController],
  providers: [
    AfterSalesCredits,
    AfterSalesMail,
    AfterSalesOrdersQuery,
    CancellationsService,
    ClaimsQuery,
    ClaimsService,
    OrderAfterSalesQuery,
    ReturnsQuery,
    ReturnsService,
  ],
  exports: [ReturnsService, ClaimsService],
})
export class AfterSalesModule {}
