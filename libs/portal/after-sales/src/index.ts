export * from './lib/after-sales.routes';
export * from './lib/after-sales.translations';
export { AfterSalesApi } from './lib/after-sales.api';
export { OrderAfterSalesPanel } from './lib/order-after-sales';
