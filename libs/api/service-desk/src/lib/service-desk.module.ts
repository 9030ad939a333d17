import { Module } from '@nestjs/common';

/** The customer service desk: cases, their thread and attachments, the staff queue, service terms and service invoices (PRODUCT.md §15). */
@Module({})
export class ServiceDeskModule {}
