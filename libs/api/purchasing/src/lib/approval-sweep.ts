import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, APP_CONFIG, runJobRound } from '@lumen/api/core';
import { DataSource } from 'typeorm';
import { ApprovalsService } from './approvals.service';

const SWEEP_MS = 15 * 60_000;

/**
 * Expires orders whose approval outlived their price hold, every 15 minutes: each is cancelled,
 * its budget released and its orderer told. Several API instances may sweep at once: a round takes
 * a transaction-scoped advisory lock (`runJobRound`: another worker or instance skips it), and the rows are locked with
 * SKIP LOCKED, so one that is being decided right now is left to its decision.
 */
@Injectable()
export class ApprovalSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ApprovalSweep');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly approvals: ApprovalsService,
  ) {}

  onApplicationBootstrap(): void {
    // Tests run the sweep themselves; a timer would race their arrangements.
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error(`approval expiry sweep failed: ${String(error)}`));
    }, SWEEP_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Answers how many approvals expired. Acts for no caller, so no Scope. */
  async sweep(): Promise<number> {
    const expired = await runJobRound(this.dataSource, 'lumen-approval-expiry', (manager) =>
      this.approvals.expireDue(manager),
    );
    if (expired) this.logger.log(`expired ${expired} order approval(s)`);
    return expired ?? 0;
  }
}
