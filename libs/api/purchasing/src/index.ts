export * from './lib/purchasing.module';
export { PurchasingControls } from './lib/purchasing-controls';
export { ApprovalSweep } from './lib/approval-sweep';
