import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QuoteMetrics } from '@lumen/shared/contracts';
import { AWAITING_CONSULTANT_STATUSES } from '@lumen/shared/domain';
import { DataSource } from 'typeorm';
import { quoteStatusInSql } from './quote-status-sql';

/**
 * The consultant dashboard's figures. Every published revision answers one request (the
 * first one, or a customer's request for changes), so the 24-hour promise is measured per
 * revision against the due time that applied when it was published. Requests still open and
 * already overdue count as missed: they cannot be answered in time any more.
 */
@Injectable()
export class QuoteMetricsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async metrics(windowDays: number): Promise<QuoteMetrics> {
    const [answered] = await this.dataSource.query(
      `SELECT count(*)::int AS answered,
         count(*) FILTER (WHERE published_at <= due_at)::int AS within,
         percentile_cont(0.5) WITHIN GROUP (
           ORDER BY extract(epoch FROM published_at - cycle_started_at) * 1000) AS median_ms
       FROM quote_revisions WHERE published_at >= now() - make_interval(days => $1)`,
      [windowDays],
    );
    const [open] = await this.dataSource.query(
      `SELECT count(*)::int AS open, count(*) FILTER (WHERE due_at < now())::int AS overdue
       FROM quotes WHERE ${quoteStatusInSql('status', AWAITING_CONSULTANT_STATUSES)}`,
    );
    const denominator = answered.answered + open.overdue;
    return {
      windowDays,
      answeredCount: answered.answered,
      answeredWithin24hCount: answered.within,
      answeredWithin24hShare: denominator === 0 ? null : answered.within / denominator,
      medianAnswerMs: answered.median_ms === null ? null : Math.round(Number(answered.median_ms)),
      openCount: open.open,
      overdueCount: open.overdue,
    };
  }
}
