export * from './lib/purchasing.module';
export { type ControlsVerdict, type OrderToControl, PurchasingControls } from './lib/purchasing-controls';
export { ApprovalSweep } from './lib/approval-sweep';
