import { once } from 'node:events';
import { Controller, Get, Header, Logger, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiErrors, ApiFileAnswer, AppError, Can, CurrentScope, IdParam, type Scope } from '@lumen/api/core';
import { ATTACHMENT_TYPES } from '@lumen/shared/contracts';
import { DataSource } from 'typeorm';
import { AttachmentService } from './attachment.service';

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // RFC 5987 leaves ' ( ) * out of attr-char; encodeURIComponent keeps them.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Stored files (case attachments, claim photos), downloaded by id: a customer its own company's,
 * staff any company's; another company's is a 404 like a missing one. Sent as an attachment with
 * the type found by content and `nosniff`, so a browser never renders an upload as a page.
 */
@ApiTags('service desk')
@Controller('attachments')
@Can('read', 'Case')
export class AttachmentsController {
  private readonly logger = new Logger(AttachmentsController.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attachments: AttachmentService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: "An attachment's bytes: the caller's company's (staff: any), as a download" })
  @ApiFileAnswer(...ATTACHMENT_TYPES)
  @ApiErrors({ 404: '`not_found`: no such attachment, or another company’s' })
  @Header('X-Content-Type-Options', 'nosniff')
  async download(@CurrentScope() scope: Scope, @IdParam('Attachment') id: string): Promise<StreamableFile> {
    const file = await this.attachments.open(this.dataSource.manager, scope, id);
    try {
      // Opened before the answer starts, so missing bytes are an error here, not a torn download.
      await once(file.stream, 'readable');
    } catch (error) {
      this.logger.error(`Attachment ${id} has a row but no bytes: ${String(error)}`);
      throw AppError.notFound('Attachment');
    }
    return new StreamableFile(file.stream, {
      type: file.contentType,
      length: file.sizeBytes,
      disposition: disposition(file.fileName),
    });
  }
}
