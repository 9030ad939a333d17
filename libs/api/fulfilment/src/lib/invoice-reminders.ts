import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, APP_CONFIG, runJobRound } from '@lumen/api/core';
import { DataSource } from 'typeorm';
import { FulfilmentMail } from './fulfilment-mail';
import { FulfilmentSettingsService } from './fulfilment-settings.service';
import { OUTSTANDING_SQL, osloToday, STATUS_JOINS } from './invoice-read.query';

const SWEEP_MS = 15 * 60_000;

/** bigint columns arrive as numbers: the pool parses int8 (libs/api/database). */
interface RemindedRow {
  invoice_id: string;
  order_id: string;
  order_number: number;
  number: number;
  kid: string;
  gross_ore: number;
  due_date: string;
  outstanding_ore: number;
}

/**
 * One reminder e-mail per unpaid invoice, `reminderAfterDays` after its due date (PRODUCT.md
 * §13), swept every 15 minutes. Several API instances may sweep at once: the run takes a
 * transaction-scoped advisory lock (`runJobRound`: another worker or instance skips the round), and the reminder row's
 * primary key is written with ON CONFLICT DO NOTHING in the same transaction as the e-mail, so an
 * invoice is reminded once even if the lock were ever bypassed.
 */
@Injectable()
export class InvoiceReminders implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InvoiceReminders');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: FulfilmentSettingsService,
    private readonly mail: FulfilmentMail,
  ) {}

  onApplicationBootstrap(): void {
    // Tests run the sweep themselves; a timer would race their arrangements.
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.error(`reminder sweep failed: ${String(error)}`));
    }, SWEEP_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Reminds every company's invoices that are due a reminder; answers how many. Acts for no caller, so no Scope. */
  async sweep(now = new Date()): Promise<number> {
    const reminded = await runJobRound(this.dataSource, 'lumen-invoice-reminders', async (manager) => {
      const { reminderAfterDays } = await this.settings.load(manager);
      const rows: RemindedRow[] = await manager.query(
        `WITH due AS (
           SELECT i.id, ${OUTSTANDING_SQL}::bigint AS outstanding_ore FROM invoices i ${STATUS_JOINS}
           WHERE i.kind = 'invoice' AND i.due_date <= $1::date - $2::int AND ${OUTSTANDING_SQL} > 0
             AND NOT EXISTS (SELECT 1 FROM invoice_reminders r WHERE r.invoice_id = i.id)),
         reminded AS (
           INSERT INTO invoice_reminders (invoice_id) SELECT id FROM due ON CONFLICT DO NOTHING RETURNING invoice_id)
         SELECT r.invoice_id, i.order_id, o.number AS order_number, i.number, i.kid, i.gross_ore,
                to_char(i.due_date, 'YYYY-MM-DD') AS due_date, due.outstanding_ore
         FROM reminded r JOIN invoices i ON i.id = r.invoice_id JOIN orders o ON o.id = i.order_id
         JOIN due ON due.id = r.invoice_id`,
        [osloToday(now), reminderAfterDays],
      );
      await this.mail.reminders(
        manager,
        rows.map((row) => ({
          orderId: row.order_id,
          facts: {
            orderNumber: row.order_number,
            number: row.number,
            kid: row.kid,
            grossOre: row.gross_ore,
            dueDate: row.due_date,
          },
          outstandingOre: row.outstanding_ore,
        })),
      );
      return rows.length;
    });
    if (reminded) this.logger.log(`sent ${reminded} payment reminder(s)`);
    return reminded ?? 0;
  }
}
