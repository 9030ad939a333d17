import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CompanyScope, Scope } from '@lumen/api/core';
import type {
  QuoteDetail,
  QuoteMetrics,
  QuoteSummary,
  StaffQuoteDetail,
  StaffQuoteQuery,
  StaffQueueQuote,
} from '@lumen/shared/contracts';
import { QUOTE_STATUSES } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { QuoteExpiry } from './quote-expiry';
import { QuoteMetricsService } from './quote-metrics.service';
import { OPEN_STATUSES, QuoteReadQuery } from './quote-read.query';

export interface QueueQuery extends StaffQuoteQuery {
  limit?: number;
}

/** Reads for the routes: expire what is due first, then answer, in one transaction. */
@Injectable()
export class QuotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: QuoteReadQuery,
    private readonly expiry: QuoteExpiry,
    private readonly metricsService: QuoteMetricsService,
  ) {}

  customerQuotes(scope: CompanyScope): Promise<QuoteSummary[]> {
    return this.dataSource.transaction(async (manager) => {
      await this.expiry.expireDue(manager, scope);
      return this.reader.companyQuotes(manager, scope, new Date());
    });
  }

  customerQuote(scope: CompanyScope, id: string): Promise<QuoteDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.expiry.expireDue(manager, scope, id);
      return this.reader.customerDetail(manager, scope, id, new Date());
    });
  }

  queue(query: QueueQuery): Promise<StaffQueueQuote[]> {
    const statuses =
      !query.status || query.status === 'open'
        ? OPEN_STATUSES
        : query.status === 'all'
          ? QUOTE_STATUSES
          : [query.status];
    const overdue = query.overdue === undefined ? null : query.overdue === 'true';
    return this.reader.queue(this.dataSource.manager, { statuses, overdue, limit: query.limit ?? 200 }, new Date());
  }

  /** The desk's view; its routes are staff-only, and the caller's Scope still bounds what it reads. */
  staffQuote(scope: Scope, id: string): Promise<StaffQuoteDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.expiry.expireDue(manager, scope, id);
      return this.reader.staffDetail(manager, scope, id, new Date());
    });
  }

  metrics(days = 30): Promise<QuoteMetrics> {
    return this.metricsService.metrics(days);
  }
}
