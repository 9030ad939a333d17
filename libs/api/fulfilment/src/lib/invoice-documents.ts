import { Inject, Injectable } from '@nestjs/common';
import { type DocumentLanguage, renderInvoicePdf, renderInvoiceUbl, type SellerDetails } from '@lumen/api/documents';
import type { Scope } from '@lumen/api/core';
import type { MailAttachment } from '@lumen/api/mail';
import type { EntityManager } from 'typeorm';
import { InvoiceReadQuery } from './invoice-read.query';

/** The shop as seller on every document, read from the environment once at start. */
export const SELLER = Symbol('SELLER');

/** An invoice or credit note as a file: the PDF (people, the e-mail) and the EHF/UBL XML (accounting systems). */
@Injectable()
export class InvoiceDocuments {
  constructor(
    private readonly invoices: InvoiceReadQuery,
    @Inject(SELLER) private readonly seller: SellerDetails,
  ) {}

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
  ): Promise<MailAttachment> {
    const document = await this.invoices.document(manager, scope, invoiceId, this.seller, language);
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
  ): Promise<MailAttachment> {
    const document = await this.invoices.document(manager, scope, invoiceId, this.seller, language);
    return {
      filename: `${fileStem(document.kind, language)}-${document.number}.xml`,
      contentType: 'application/xml',
      content: Buffer.from(renderInvoiceUbl(document), 'utf8'),
    };
  }
}

function fileStem(kind: 'invoice' | 'credit_note', language: DocumentLanguage): string {
  if (kind === 'invoice') return language === 'nb' ? 'faktura' : 'invoice';
  return language === 'nb' ? 'kreditnota' : 'credit-note';
}
