import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAnswer, type AppConfig, APP_CONFIG, AppError, Can, IdParam } from '@lumen/api/core';
import type { DevMail, DevMailPage, DevMailSummary } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { renderMailHtml } from './mail-layout';

/** The newest this many; the development outbox of a long session can hold thousands. */
const PAGE_SIZE = 100;

interface MessageRow {
  id: string;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  attachments: string[];
  total: number;
}

const COLUMNS = `m.id, m.kind, m.recipient, m.subject, m.body, m.created_at, m.sent_at, m.attempts, m.last_error,
  ARRAY(SELECT a.filename FROM outbox_attachments a WHERE a.message_id = m.id ORDER BY a.position) AS attachments`;

/**
 * The development outbox viewer (`/dev/mail` in the portal): what the shop sent, both parts as
 * the worker sends them. Registered only outside production (DevMailModule), and staff-only
 * like every desk: it shows every customer's mail.
 */
@ApiTags('dev')
@Controller('dev/mail')
export class DevMailController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Can('read', 'StaffArea')
  @Get()
  @ApiOperation({ summary: 'The outbox, newest first (development only, staff)' })
  @ApiAnswer('DevMailPage')
  async list(): Promise<DevMailPage> {
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM outbox_messages m
       ORDER BY m.created_at DESC, m.id DESC LIMIT $1`,
      [PAGE_SIZE],
    );
    return { items: rows.map(summary), total: rows[0]?.total ?? 0 };
  }

  @Can('read', 'StaffArea')
  @Get(':id')
  @ApiOperation({ summary: 'One message of the outbox with its text and HTML parts (development only, staff)' })
  @ApiAnswer('DevMail')
  async one(@IdParam('Mail') id: string): Promise<DevMail> {
    const [row]: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM outbox_messages m WHERE m.id = $1`,
      [id],
    );
    if (!row) throw AppError.notFound('Mail');
    return { ...summary(row), text: row.body, html: renderMailHtml(row, this.config.publicUrl) };
  }
}

function summary(row: MessageRow): DevMailSummary {
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    subject: row.subject,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.last_error,
    attachments: row.attachments,
  };
}
