import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AppConfig, APP_CONFIG } from '@lumen/api/core';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { AttachmentRenderers } from './attachment-renderers';
import { renderMailHtml } from './mail-layout';

const BATCH = 20;
const MAX_ATTEMPTS = 8;

/**
 * The notice that a company's account was erased goes to its admins' addresses as they were; the
 * outbox keeps that address only until the notice is sent (or given up on), then forgets it like
 * the rest of the erased people's mail.
 */
export const ERASURE_NOTICE_KIND = 'company_erased';
const FORGOTTEN = `recipient = 'erased@erased.invalid', subject = '[erased]', body = '[erased]'`;

interface PendingRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  attempts: number;
  /** The content is base64, as the query encodes it; null when a renderer makes it now. */
  attachments: {
    filename: string;
    contentType: string;
    content: string | null;
    renderer: string | null;
    reference: string | null;
  }[];
}

/**
 * Delivers the outbox: through SMTP when SMTP_URL is set (a text and an HTML part), otherwise
 * into the log (the text; `/dev/mail` shows both). Rows are
 * claimed with FOR UPDATE SKIP LOCKED so several API instances never send one mail twice.
 * A failed send is retried with a growing delay.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly transport: Transporter | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly renderers: AttachmentRenderers,
  ) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

  onApplicationBootstrap(): void {
    if (this.config.mail.pollMs > 0) {
      this.timer = setInterval(() => void this.deliverPending(), this.config.mail.pollMs);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Sends what is due; returns how many were sent. Overlapping calls share one run. */
  deliverPending(): Promise<number> {
    this.running ??= this.deliverBatch().finally(() => (this.running = undefined));
    return this.running;
  }

  private async deliverBatch(): Promise<number> {
    let sent = 0;
    try {
      await this.dataSource.transaction(async (manager) => {
        const rows: PendingRow[] = await manager.query(
          `SELECT m.id, m.kind, m.recipient, m.subject, m.body, m.attempts,
                  COALESCE((SELECT json_agg(json_build_object('filename', a.filename, 'contentType', a.content_type,
                              'content', encode(a.content, 'base64'), 'renderer', a.renderer,
                              'reference', a.reference) ORDER BY a.position)
                            FROM outbox_attachments a WHERE a.message_id = m.id), '[]') AS attachments
           FROM outbox_messages m
           WHERE m.sent_at IS NULL AND m.available_at <= now() AND m.attempts < $1
           ORDER BY m.available_at LIMIT $2 FOR UPDATE OF m SKIP LOCKED`,
          [MAX_ATTEMPTS, BATCH],
        );
        for (const row of rows) {
          try {
            await this.send(row);
            await manager.query(
              `UPDATE outbox_messages SET sent_at = now(), attempts = attempts + 1
                 ${row.kind === ERASURE_NOTICE_KIND ? `, ${FORGOTTEN}` : ''} WHERE id = $1`,
              [row.id],
            );
            sent++;
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(`Delivery to ${row.recipient} failed (attempt ${row.attempts + 1}): ${message}`);
            await manager.query(
              `UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2,
                 available_at = now() + make_interval(secs => 30 * power(2, attempts))
                 ${row.kind === ERASURE_NOTICE_KIND && row.attempts + 1 >= MAX_ATTEMPTS ? `, ${FORGOTTEN}` : ''}
               WHERE id = $1`,
              [row.id, message],
            );
          }
        }
      });
    } catch (error) {
      this.logger.error(`Outbox run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return sent;
  }

  private async send(row: PendingRow): Promise<void> {
    // Rendered also when mail only goes to the log, so a renderer that fails shows in development.
    const attachments = await Promise.all(
      row.attachments.map(async ({ filename, contentType, content, renderer, reference }) => ({
        filename,
        contentType,
        content:
          content !== null
            ? Buffer.from(content, 'base64')
            : await this.renderers.render(renderer ?? '', reference ?? ''),
      })),
    );
    if (this.transport) {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: row.recipient,
        subject: row.subject,
        text: row.body,
        html: renderMailHtml(row, this.config.publicUrl),
        attachments,
      });
      return;
    }
    const files = attachments.map((file) => `\n[attached: ${file.filename}, ${file.content.length} bytes]`).join('');
    this.logger.log(`Mail to ${row.recipient}: ${row.subject}\n${row.body}${files}`);
  }
}
