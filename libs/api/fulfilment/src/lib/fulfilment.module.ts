import { Module } from '@nestjs/common';
import { FulfilmentMail } from './fulfilment-mail';
import { FulfilmentSettingsController } from './fulfilment-settings.controller';
import { FulfilmentSettingsService } from './fulfilment-settings.service';
import { InvoiceDocuments } from './invoice-documents';
import { InvoiceIssuer } from './invoice-issuer';
import { InvoiceReadQuery } from './invoice-read.query';
import { InvoiceReminders } from './invoice-reminders';
import { InvoicesController } from './invoices.controller';
import { OrderDeskController } from './order-desk.controller';
import { OrderDeskQuery } from './order-desk.query';
import { OrderDeskService } from './order-desk.service';
import { OrderShipmentsController } from './order-shipments.controller';
import { OrderStatusWriter } from './order-status';
import { PaymentsController } from './payments.controller';
import { PaymentsService } from './payments.service';

/**
 * After checkout (PRODUCT.md §13): the order desk's moves, shipments with tracking, one invoice
 * per shipment (PDF + EHF through `@lumen/api/documents`), credit notes, payments and reminders.
 * It owns shipments, invoices, payments and the fulfilment settings; e-mail goes through the
 * global MailModule's outbox. The desk's order list is `@lumen/api/orders`.
 */
@Module({
  controllers: [
    OrderDeskController,
    OrderShipmentsController,
    InvoicesController,
    PaymentsController,
    FulfilmentSettingsController,
  ],
  providers: [
    FulfilmentMail,
    FulfilmentSettingsService,
    InvoiceDocuments,
    InvoiceIssuer,
    InvoiceReadQuery,
    InvoiceReminders,
    OrderDeskQuery,
    OrderDeskService,
    OrderStatusWriter,
    PaymentsService,
  ],
  exports: [OrderDeskService, InvoiceIssuer, OrderStatusWriter, PaymentsService],
})
export class FulfilmentModule {}
