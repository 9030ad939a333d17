export * from './lib/fulfilment.module';
export { OrderDeskService } from './lib/order-desk.service';
export { InvoiceIssuer } from './lib/invoice-issuer';
export { InvoiceReminders } from './lib/invoice-reminders';
