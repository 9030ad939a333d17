import { StreamableFile } from '@nestjs/common';

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
