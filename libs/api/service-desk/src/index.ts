export * from './lib/service-desk.module';
export { AttachmentService } from './lib/attachments/attachment.service';
export type { UploadedAttachment } from './lib/attachments/attachment.service';
export { AttachmentUpload } from './lib/attachments/attachment-upload.interceptor';
export { CaseLinker } from './lib/case-linker';
// For the demo history (libs/api/demo-data), which writes cases as the desk does.
export { CaseWriter } from './lib/case-writer';
export { ServiceBillingService } from './lib/service-billing.service';
