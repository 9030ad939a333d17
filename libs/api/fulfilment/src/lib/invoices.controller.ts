import { Controller, Get, Query, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, ApiFileAnswer, Can, CurrentScope, download, IdParam, type Scope } from '@lumen/api/core';
import type { InvoiceDetail, InvoicePage } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { InvoiceQueryDto } from './dto/invoice-query.dto';
import { InvoiceDocuments } from './invoice-documents';
import { InvoiceReadQuery } from './invoice-read.query';

/**
 * Invoices and credit notes (one kind of document, `kind` tells them apart): a customer reads
 * its own company's, staff every company's; another company's is a 404. No route changes an
 * invoice — a correction is a credit note — and the database refuses an UPDATE of one.
 * The file routes are declared before `:id`, which would otherwise take `<id>.pdf` as an id.
 */
@ApiTags('invoices')
@Controller('invoices')
@Can('read', 'Invoice')
export class InvoicesController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invoices: InvoiceReadQuery,
    private readonly documents: InvoiceDocuments,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Invoices and credit notes, newest first, by status and kind, with totals over the filter' })
  @ApiAnswer('InvoicePage')
  list(@CurrentScope() scope: Scope, @Query() query: InvoiceQueryDto): Promise<InvoicePage> {
    return this.invoices.page(this.dataSource.manager, scope, {
      status: query.status,
      kind: query.kind,
      orderId: query.orderId,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 20,
    });
  }

  @Get(':id.pdf')
  @ApiOperation({ summary: 'The invoice or credit note as a PDF, in the caller’s language' })
  @ApiFileAnswer('application/pdf')
  async pdf(@CurrentScope() scope: Scope, @IdParam('Invoice') id: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    return download(await this.documents.pdf(manager, scope, id, await this.documents.languageOf(manager, scope)));
  }

  @Get(':id.xml')
  @ApiOperation({ summary: 'The invoice or credit note as EHF (Peppol BIS Billing 3.0 UBL 2.1)' })
  @ApiFileAnswer('application/xml')
  async xml(@CurrentScope() scope: Scope, @IdParam('Invoice') id: string): Promise<StreamableFile> {
    const manager = this.dataSource.manager;
    return download(await this.documents.xml(manager, scope, id, await this.documents.languageOf(manager, scope)));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One invoice or credit note with its lines, VAT summary and payments' })
  @ApiAnswer('InvoiceDetail')
  detail(@CurrentScope() scope: Scope, @IdParam('Invoice') id: string): Promise<InvoiceDetail> {
    return this.invoices.detail(this.dataSource.manager, scope, id);
  }
}
