import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@lumen/api/audit';
import { type AppConfig, APP_CONFIG, runJobRound, type Scope, scopeSql } from '@lumen/api/core';
import { type QuoteStatus, quoteStatusAfter, quoteStatusesAllowing } from '@lumen/shared/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { quoteStatusInSql } from './quote-status-sql';

const SWEEP_MS = 60_000;

/**
 * Expires answered quotes whose offer has passed its validity: every minute, and on every
 * read of a quote (so nobody ever sees an expired offer as answered). The conditional UPDATE
 * is the guard that matters: with several API instances expiring at once (reads expire too), a
 * row changes once and only the instance whose UPDATE changed it writes the audit entry. The
 * timed sweep also runs as a `runJobRound`, so of all workers and instances one sweeps a minute.
 */
@Injectable()
export class QuoteExpiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('QuoteExpiry');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    // Tests drive expiry by reading; a timer would race their arrangements.
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error(`expiry sweep failed: ${String(error)}`));
    }, SWEEP_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Expires every company's due quotes; returns how many. The sweep acts for no caller, so it has no Scope. */
  async sweep(): Promise<number> {
    const expired = await runJobRound(this.dataSource, 'lumen-quote-expiry', (manager) =>
      this.expire(manager, 'TRUE', []),
    );
    if (expired) this.logger.log(`expired ${expired} quote(s) past their validity`);
    return expired ?? 0;
  }

  /**
   * Expires, inside the caller's transaction, the due quotes the caller's Scope sees (a customer's
   * company; the shop's are all), or only `quoteId` among them.
   */
  async expireDue(manager: EntityManager, scope: Scope, quoteId?: string): Promise<number> {
    const params: unknown[] = [];
    const conditions = [scopeSql(scope, 'company_id', params)];
    if (quoteId !== undefined) {
      params.push(quoteId);
      conditions.push(`id = $${params.length}`);
    }
    return this.expire(manager, conditions.join(' AND '), params);
  }

  /**
   * The state machine's `expire` as one conditional UPDATE: from the states it allows (inlined,
   * for the partial index) to the state it leads to. `old.status` (PostgreSQL 18) is what the
   * row held before, for the audit entry.
   */
  private async expire(manager: EntityManager, where: string, params: unknown[]): Promise<number> {
    const to = quoteStatusAfter('expire');
    const values = [...params, to];
    const [rows] = await manager.query(
      `UPDATE quotes SET status = $${values.length}, closed_at = now(), updated_at = now()
       WHERE ${quoteStatusInSql('status', quoteStatusesAllowing('expire'))} AND valid_until < now() AND ${where}
       RETURNING id, company_id, valid_until, old.status AS status_before`,
      values,
    );
    const expired = rows as { id: string; company_id: string; valid_until: Date; status_before: QuoteStatus }[];
    for (const row of expired)
      await this.audit.record(manager, {
        actorUserId: null,
        companyId: row.company_id,
        action: 'quote.state_changed',
        entityType: 'quote',
        entityId: row.id,
        before: { status: row.status_before },
        after: { status: to, event: 'expire', validUntil: row.valid_until.toISOString() },
      });
    return expired.length;
  }
}
