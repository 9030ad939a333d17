import type { NestInterceptor, Type } from '@nestjs/common';
import { AppError, MultipartUpload } from '@lumen/api/core';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE_MAX } from '@lumen/shared/contracts';
import { fileTooLarge, tooManyFiles } from './attachment.service';

/**
 * The largest text field read (a message, a description). Larger than any text a form takes
 * (10,000 characters is at most 40 kB of UTF-8), small enough that a megabyte of text is refused
 * while it streams in, as `message_too_long`, instead of being buffered.
 */
const TEXT_FIELD_MAX_BYTES = 64 * 1024;

/**
 * Multipart uploads of attachments in one field (`files`, `photos`), kept in memory: at most
 * `ATTACHMENTS_PER_MESSAGE_MAX` files of `ATTACHMENT_MAX_BYTES` each. Refusals carry our codes and
 * name the field: a file too large is 413 `file_too_large`, one file too many 422 `too_many_files`,
 * a file in another field 400 `validation_failed`, a text field over 64 kB 422 `message_too_long`.
 * The content type is checked afterwards by `AttachmentService`, on the whole file.
 */
export function AttachmentUpload(field: string): Type<NestInterceptor> {
  return MultipartUpload({
    fileField: field,
    maxFiles: ATTACHMENTS_PER_MESSAGE_MAX,
    maxFileBytes: ATTACHMENT_MAX_BYTES,
    maxFields: 20,
    maxFieldBytes: TEXT_FIELD_MAX_BYTES,
    fileTooLarge: (name, fileName) => fileTooLarge(name, fileName || undefined),
    tooManyFiles,
    fieldTooLong: (name) => {
      const message = `\`${name}\` is too long`;
      return new AppError(422, 'message_too_long', message, [{ field: name, code: 'message_too_long', message }]);
    },
  });
}
