export type * from './lib/document-model';
export { sellerDetailsFrom, SellerConfigError } from './lib/seller-config';
export { renderInvoicePdf, renderOrderConfirmationPdf, renderQuoteRevisionPdf } from './lib/pdf/pdf-documents';
export { renderInvoiceUbl } from './lib/ubl/invoice-ubl';
export { renderReturnLabelPdf } from './lib/return-label';
