import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthenticatedUser } from '@lumen/api/core';
import { customerCompanyId } from '@lumen/api/project-lists';
import type {
  QuoteDetail,
  QuoteMetrics,
  QuoteSummary,
  StaffQuoteDetail,
  StaffQuoteSummary,
} from '@lumen/shared/contracts';
import { QUOTE_STATUSES } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { QuoteExpiry } from './quote-expiry';
import { QuoteMetricsService } from './quote-metrics';
import { OPEN_STATUSES, QuoteReader } from './quote-reader';

export interface QueueQuery {
  status?: string;
  overdue?: 'true' | 'false';
  limit?: number;
}

/** Reads for the routes: expire what is due first, then answer, in one transaction. */
@Injectable()
export class QuotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: QuoteReader,
    private readonly expiry: QuoteExpiry,
    private readonly metricsService: QuoteMetricsService,
  ) {}

  customerQuotes(user: AuthenticatedUser): Promise<QuoteSummary[]> {
    const companyId = customerCompanyId(user);
    return this.dataSource.transaction(async (manager) => {
      await this.expiry.expireDue(manager, { companyId });
      return this.reader.companyQuotes(manager, companyId, new Date());
    });
  }

  customerQuote(user: AuthenticatedUser, id: string): Promise<QuoteDetail> {
    const companyId = customerCompanyId(user);
    return this.dataSource.transaction(async (manager) => {
      await this.expiry.expireDue(manager, { companyId, quoteId: id });
      return this.reader.customerDetail(manager, id, companyId, new Date());
    });
  }

  queue(query: QueueQuery): Promise<StaffQuoteSummary[]> {
    const statuses =
      !query.status || query.status === 'open'
        ? OPEN_STATUSES
        : query.status === 'all'
          ? QUOTE_STATUSES
          : [query.status];
    const overdue = query.overdue === undefined ? null : query.overdue === 'true';
    return this.reader.queue(
      this.dataSource.manager,
      { statuses, overdue, limit: query.limit ?? 200 },
      new Date(),
    );
  }

  staffQuote(id: string): Promise<StaffQuoteDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.expiry.expireDue(manager, { quoteId: id });
      return this.reader.staffDetail(manager, id, new Date());
    });
  }

  metrics(days = 30): Promise<QuoteMetrics> {
    return this.metricsService.metrics(days);
  }
}
