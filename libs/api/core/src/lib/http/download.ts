import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PassThrough, type Writable } from 'node:stream';

/** A generated document for a route to send: its bytes, type and the name it is saved under. */
export interface DownloadFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** The file as an attachment: the browser saves it under the name the document gave it. */
export function download(file: DownloadFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: file.contentType,
    disposition: `attachment; filename="${file.filename}"`,
  });
}

/**
 * A file the route writes as it reads (the whole catalog), as an attachment: the answer starts
 * with the first bytes and waits for a slow client. A failure before the first byte is answered
 * as the error it is; after it, the status has gone out, so the connection is cut (the client
 * sees a truncated file, not a complete-looking one).
 */
export async function sendStream(
  reply: FastifyReply,
  contentType: string,
  filename: string,
  write: (out: Writable) => Promise<void>,
): Promise<void> {
  const out = new PassThrough();
  reply
    .header('Content-Type', contentType)
    .header('Content-Disposition', `attachment; filename="${filename}"`)
    .send(out);
  try {
    await write(out);
  } catch (error) {
    if (!reply.raw.headersSent) return void out.destroy(error as Error);
    out.destroy();
    throw error;
  }
}
