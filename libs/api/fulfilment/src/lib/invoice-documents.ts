import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DocumentLanguage, renderInvoicePdf, renderInvoiceUbl } from '@lumen/api/documents';
import type { DownloadFile, Scope } from '@lumen/api/core';
import { AttachmentRenderers, type MailAttachment } from '@lumen/api/mail';
import type { InvoiceKind } from '@lumen/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { InvoiceReadQuery } from './invoice-read.query';

const PDF_RENDERER = 'invoice_pdf';

/**
 * An invoice or credit note as a file: the PDF (people, the e-mail) and the EHF/UBL XML
 * (accounting systems). The e-mailed PDF is rendered by the outbox when it sends the mail: an
 * invoice never changes, so those are the bytes of the invoice the shipment committed, and the
 * shipment's transaction — which holds the invoice number series — does not wait for them.
 */
@Injectable()
export class InvoiceDocuments implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invoices: InvoiceReadQuery,
    private readonly renderers: AttachmentRenderers,
  ) {}

  onModuleInit(): void {
    this.renderers.register(PDF_RENDERER, async (reference) => {
      const [invoiceId, language] = reference.split('/') as [string, DocumentLanguage];
      const document = await this.invoices.documentForMail(this.dataSource.manager, invoiceId, language);
      return renderInvoicePdf(document);
    });
  }

  /** The PDF attachment of an invoice e-mail, rendered when the outbox sends it. */
  mailedPdf(invoice: { id: string; kind: InvoiceKind; number: number }, language: DocumentLanguage): MailAttachment {
    return {
      filename: `${fileStem(invoice.kind, language)}-${invoice.number}.pdf`,
      contentType: 'application/pdf',
      render: { renderer: PDF_RENDERER, reference: `${invoice.id}/${language}` },
    };
  }

  /** The caller's language, which their documents are written in. */
  async languageOf(manager: EntityManager, scope: Scope): Promise<DocumentLanguage> {
    const [user]: { language: DocumentLanguage }[] = await manager.query(`SELECT language FROM users WHERE id = $1`, [
      scope.userId,
    ]);
    return user?.language ?? 'nb';
  }

  async pdf(
    manager: EntityManager,
    scope: Scope,
    invoiceId: string,
    language: DocumentLanguage,
  ): Promise<DownloadFile> {
    const document = await this.invoices.document(manager, scope, invoiceId, language);
    return {
      filename: `${fileStem(document.kind, language)}-${document.number}.pdf`,
      contentType: 'application/pdf',
      content: await renderInvoicePdf(document),
    };
  }

  async xml(
    manager: EntityManager,
    scope: Scope,
    invoiceId: string,
    language: DocumentLanguage,
  ): Promise<DownloadFile> {
    const document = await this.invoices.document(manager, scope, invoiceId, language);
    return {
      filename: `${fileStem(document.kind, language)}-${document.number}.xml`,
      contentType: 'application/xml',
      content: Buffer.from(renderInvoiceUbl(document), 'utf8'),
    };
  }
}

/** A downloaded or e-mailed document is named in its reader's language, like its title. */
const FILE_STEMS: Record<DocumentLanguage, Record<InvoiceKind, string>> = {
  nb: { invoice: 'faktura', credit_note: 'kreditnota' },
  en: { invoice: 'invoice', credit_note: 'credit-note' },
  fr: { invoice: 'facture', credit_note: 'avoir' },
};

function fileStem(kind: InvoiceKind, language: DocumentLanguage): string {
  return FILE_STEMS[language][kind];
}
