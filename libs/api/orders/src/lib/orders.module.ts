import { Module } from '@nestjs/common';
import { CartModule } from '@lumen/api/cart';
import { CatalogModule } from '@lumen/api/catalog';
import { CompaniesDataModule } from '@lumen/api/companies';
import { MailModule } from '@lumen/api/mail';
import { QuotesModule } from '@lumen/api/quotes';
import { CheckoutController } from './checkout.controller';
import { CheckoutService } from './checkout.service';
import { IdempotencyKeys } from './idempotency-keys';
import { OrderReader } from './order-reader';
import { OrdersController } from './orders.controller';

/** Checkout and the order history. */
@Module({
  imports: [CartModule, CatalogModule, CompaniesDataModule, MailModule, QuotesModule],
  controllers: [CheckoutController, OrdersController],
  providers: [CheckoutService, IdempotencyKeys, OrderReader],
})
export class OrdersModule {}
