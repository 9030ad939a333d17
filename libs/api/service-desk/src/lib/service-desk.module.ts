import { Module } from '@nestjs/common';
import { AttachmentService } from './attachments/attachment.service';
import { AttachmentsController } from './attachments/attachments.controller';
import { CaseLinker } from './case-linker';
import { CaseReadQuery } from './case-read.query';
import { CaseWriter } from './case-writer';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

/**
 * The customer service desk (PRODUCT.md §15): cases, their thread and attachments, the staff
 * queue, service terms and service invoices. It owns cases, their messages, links and time, the
 * stored attachments (for after-sales' photos too: `AttachmentService`) and the service price;
 * after-sales opens or joins cases through `CaseLinker`.
 */
@Module({
  controllers: [CasesController, AttachmentsController],
  providers: [AttachmentService, CaseLinker, CaseReadQuery, CaseWriter, CasesService],
  exports: [AttachmentService, CaseLinker],
})
export class ServiceDeskModule {}
