import { Module } from '@nestjs/common';
import { CartModule } from '@lumen/api/cart';
import { CatalogModule } from '@lumen/api/catalog';
import { CheckoutCalculatorModule } from '@lumen/api/checkout/calculator';
import { CompaniesDataModule } from '@lumen/api/companies';
import { OrdersModule } from '@lumen/api/orders';
import { PurchasingModule } from '@lumen/api/purchasing';
import { QuotesModule } from '@lumen/api/quotes';
import { CheckoutController } from './checkout.controller';
import { CheckoutService } from './checkout.service';
import { IdempotencyKeys } from './idempotency-keys';
import { OrderInsertQuery } from './order-insert.query';
import { QuoteCheckoutLines } from './quote-checkout-lines';
import { ReorderController } from './reorder.controller';
import { ReorderService } from './reorder.service';
import { ShippingOptionsController } from './shipping-options.controller';
import { ShippingOptionsService } from './shipping-options.service';

/**
 * Placing an order from the cart or an accepted quote, and the shipping options before it
 * (PRODUCT.md §8). It reads the cart, the quote, prices, addresses and the shipping settings
 * through their features and answers with the order as orders reads it; the confirmation
 * e-mail goes through the global MailModule's outbox.
 */
@Module({
  imports: [
    CartModule,
    CatalogModule,
    CheckoutCalculatorModule,
    CompaniesDataModule,
    OrdersModule,
    PurchasingModule,
    QuotesModule,
  ],
  controllers: [CheckoutController, ShippingOptionsController, ReorderController],
  providers: [
    CheckoutService,
    IdempotencyKeys,
    OrderInsertQuery,
    QuoteCheckoutLines,
    ReorderService,
    ShippingOptionsService,
  ],
})
export class CheckoutModule {}
