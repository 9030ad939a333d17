import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AppError, type DownloadFile, type Scope } from '@lumen/api/core';
import { CompanyAddresses } from '@lumen/api/companies';
import { type DocumentLanguage, type QuoteRevisionDocument, renderQuoteRevisionPdf } from '@lumen/api/documents';
import { osloDateTime, VAT_PERCENT } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { QuoteReadQuery } from './quote-read.query';
import { quoteNumber } from './quote-rows';

/** The downloaded PDF is named in its reader's language, like its title. */
const FILE_STEMS: Record<DocumentLanguage, string> = { nb: 'tilbud', en: 'quote', fr: 'devis' };

/**
 * The printable offer of one published revision (PRODUCT.md §13), in the caller's language.
 * The figures are the revision's as `QuoteReadQuery` reads them for the quote page — the same
 * stored prices and total — so the paper and the screen never disagree.
 */
@Injectable()
export class QuoteDocuments {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: QuoteReadQuery,
    private readonly addresses: CompanyAddresses,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Another company's quote, a revision that was never published (a draft has no number yet)
   * and a number past the last revision are all "not found".
   */
  async revisionPdf(scope: Scope, quoteId: string, revisionNumber: number): Promise<DownloadFile> {
    const manager = this.dataSource.manager;
    const quote = await this.reader.summaryRow(manager, scope, quoteId);
    const [revision] = await this.reader.revisions(manager, quote.id, revisionNumber);
    if (!revision) throw AppError.notFound('Quote revision');
    const [buyer]: { name: string; organisation_number: string; language: DocumentLanguage }[] = await manager.query(
      `SELECT c.name, c.organisation_number, (SELECT language FROM users WHERE id = $2) AS language
       FROM companies c WHERE c.id = $1`,
      [quote.company_id, scope.userId],
    );
    const billing = await this.addresses.billing(manager, quote.company_id);
    if (!billing)
      throw new AppError(422, 'billing_address_missing', `${buyer.name} has no billing address to print on the quote`);
    const language = buyer.language ?? 'nb';
    const vatOre = revision.totalInclVatOre - revision.totalOre;
    const document: QuoteRevisionDocument = {
      language,
      seller: this.config.seller,
      buyer: {
        name: buyer.name,
        organisationNumber: buyer.organisation_number,
        address: {
          line1: billing.line1,
          line2: billing.line2,
          postalCode: billing.postalCode,
          city: billing.city,
          country: billing.country,
        },
        contact: { name: quote.requested_by_name, email: null, phone: null },
      },
      quote: {
        number: quoteNumber(quote.number),
        revision: revision.number,
        publishedOn: osloDateTime(new Date(revision.publishedAt)).date,
        // An offer is valid to the end of a UTC day (`defaultQuoteValidUntil`): print that day.
        validUntil: revision.validUntil.slice(0, 10),
        consultant: revision.publishedBy.name,
      },
      message: revision.message,
      lines: revision.lines.map((line, index) => ({
        position: index + 1,
        sku: line.sku,
        description: line.name,
        quantity: line.quantity,
        unitPriceOre: line.unitPriceOre,
        lineTotalOre: line.lineTotalOre,
      })),
      totals: {
        netOre: revision.totalOre,
        vatOre,
        grossOre: revision.totalInclVatOre,
        vatBreakdown: [{ ratePercent: VAT_PERCENT, taxableOre: revision.totalOre, vatOre }],
      },
    };
    return {
      filename: `${FILE_STEMS[language]}-${document.quote.number}-rev-${revision.number}.pdf`,
      contentType: 'application/pdf',
      content: await renderQuoteRevisionPdf(document),
    };
  }
}
