import { Module } from '@nestjs/common';
import { CartModule } from '@lumen/api/cart';
import { QuickOrderController } from './quick-order.controller';
import { QuickOrderChecksRepository } from './quick-order-checks.repository';
import { QuickOrderLookupQuery } from './quick-order-lookup';
import { QuickOrderVerdictQuery } from './quick-order-verdicts';
import { QuickOrderService } from './quick-order.service';

/** Article-number and CSV entry: a stored per-line report read by pages, and "add valid lines to cart". */
@Module({
  imports: [CartModule],
  controllers: [QuickOrderController],
  providers: [QuickOrderService, QuickOrderVerdictQuery, QuickOrderLookupQuery, QuickOrderChecksRepository],
})
export class QuickOrderModule {}
