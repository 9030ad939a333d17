import { Module } from '@nestjs/common';
import { CartModule } from '@lumen/api/cart';
import { QuickOrderController } from './quick-order.controller';
import { QuickOrderChecksQuery } from './quick-order-checks.query';
import { QuickOrderLookupQuery } from './quick-order-lookup.query';
import { QuickOrderReportProductsQuery } from './quick-order-report-products.query';
import { QuickOrderVerdictQuery } from './quick-order-verdict.query';
import { QuickOrderService } from './quick-order.service';

/** Article-number and CSV entry: a stored per-line report read by pages, and "add valid lines to cart". */
@Module({
  imports: [CartModule],
  controllers: [QuickOrderController],
  providers: [
    QuickOrderService,
    QuickOrderVerdictQuery,
    QuickOrderLookupQuery,
    QuickOrderChecksQuery,
    QuickOrderReportProductsQuery,
  ],
})
export class QuickOrderModule {}
