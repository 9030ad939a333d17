import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { CompaniesDataModule } from '@lumen/api/companies';
import { AcceptedQuotes } from './accepted-quotes';
import { QuoteDocuments } from './quote-documents';
import { QuoteExpiry } from './quote-expiry';
import { QuoteMail } from './quote-mail';
import { QuoteMetricsService } from './quote-metrics.service';
import { QuoteReadQuery } from './quote-read.query';
import { QuoteWorkflow } from './quote-workflow.service';
import { QuoteRequestsController, QuotesController } from './quotes.controller';
import { QuotesService } from './quotes.service';
import { StaffQuotesController } from './staff-quotes.controller';

/** Quote requests, the consultant desk, revisions, the thread, accept/decline/cancel (PRODUCT.md §6). */
@Module({
  imports: [CatalogModule, CompaniesDataModule],
  controllers: [QuotesController, QuoteRequestsController, StaffQuotesController],
  providers: [
    AcceptedQuotes,
    QuoteDocuments,
    QuoteExpiry,
    QuoteMail,
    QuoteMetricsService,
    QuoteReadQuery,
    QuoteWorkflow,
    QuotesService,
  ],
  exports: [AcceptedQuotes, QuoteExpiry],
})
export class QuotesModule {}
