export * from './lib/orders.routes';
export * from './lib/orders.translations';
export * from './lib/order-status-badge';
export * from './lib/order-address';
export * from './lib/invoice-status-badge';
export * from './lib/shipment-list';
