export * from './lib/fulfilment.module';
export { OrderDeskService, type MoveOptions } from './lib/order-desk.service';
export { InvoiceIssuer } from './lib/invoice-issuer';
export { InvoiceReminders } from './lib/invoice-reminders';
export { OrderStatusWriter } from './lib/order-status';
export { PaymentsService } from './lib/payments.service';
