import { Module } from '@nestjs/common';
import { CatalogModule } from '@lumen/api/catalog';
import { AcceptedQuotes } from './accepted-quotes';
import { QuoteExpiry } from './quote-expiry';
import { QuoteMail } from './quote-mail';
import { QuoteMetricsService } from './quote-metrics';
import { QuoteReader } from './quote-reader';
import { QuoteWorkflow } from './quote-workflow.service';
import { QuoteRequestsController, QuotesController } from './quotes.controller';
import { QuotesService } from './quotes.service';
import { StaffQuotesController } from './staff-quotes.controller';

/** Quote requests, the consultant desk, revisions, the thread, accept/decline/cancel (PRODUCT.md §6). */
@Module({
  imports: [CatalogModule],
  controllers: [QuotesController, QuoteRequestsController, StaffQuotesController],
  providers: [
    AcceptedQuotes,
    QuoteExpiry,
    QuoteMail,
    QuoteMetricsService,
    QuoteReader,
    QuoteWorkflow,
    QuotesService,
  ],
  exports: [AcceptedQuotes, QuoteExpiry],
})
export class QuotesModule {}
