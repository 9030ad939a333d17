import { Module } from '@nestjs/common';
import { FulfilmentModule } from '@lumen/api/fulfilment';
import { AttachmentService } from './attachments/attachment.service';
import { AttachmentsController } from './attachments/attachments.controller';
import { CaseLinker } from './case-linker';
import { CaseReadQuery } from './case-read.query';
import { CaseWriter } from './case-writer';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { ServiceBillingService } from './service-billing.service';
import { ServiceDeskMail } from './service-desk-mail';
import { StaffCasesController } from './staff-cases.controller';
import { StaffCasesService } from './staff-cases.service';

/**
 * The customer service desk (PRODUCT.md §15): cases, their thread and attachments, the staff
 * queue, service terms and service invoices. It owns cases, their messages, links and time, the
 * stored attachments (for after-sales' photos too: `AttachmentService`) and the service price;
 * after-sales opens or joins cases through `CaseLinker`.
 */
@Module({
  imports: [FulfilmentModule],
  controllers: [CasesController, StaffCasesController, AttachmentsController],
  providers: [
    AttachmentService,
    CaseLinker,
    CaseReadQuery,
    CaseWriter,
    CasesService,
    ServiceBillingService,
    ServiceDeskMail,
    StaffCasesService,
  ],
  exports: [AttachmentService, CaseLinker, CaseWriter, ServiceBillingService],
})
export class ServiceDeskModule {}
