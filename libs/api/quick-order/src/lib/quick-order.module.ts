import { Module } from '@nestjs/common';
import { CartModule } from '@lumen/api/cart';
import { QuickOrderController } from './quick-order.controller';
import { QuickOrderLookupQuery } from './quick-order-lookup';
import { QuickOrderService } from './quick-order.service';

/** Article-number and CSV entry: the per-line report and "add valid lines to cart". */
@Module({
  imports: [CartModule],
  controllers: [QuickOrderController],
  providers: [QuickOrderService, QuickOrderLookupQuery],
})
export class QuickOrderModule {}
