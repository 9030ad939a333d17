import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { AppError } from '@lumen/api/core';
import { ATTACHMENT_MAX_BYTES, ATTACHMENTS_PER_MESSAGE_MAX } from '@lumen/shared/contracts';
import { catchError, from, type Observable, switchMap, throwError } from 'rxjs';
import { fileTooLarge, tooManyFiles } from './attachment.service';

/**
 * The largest text field multer reads (a message, a description). Larger than any text a form
 * takes (10,000 characters is at most 40 kB of UTF-8), small enough that a megabyte of text is
 * refused while it streams in, as `message_too_long`, instead of being buffered.
 */
const TEXT_FIELD_MAX_BYTES = 64 * 1024;

/** multer's text for a field over `fieldSize` (Nest appends ` - <field>`). */
const FIELD_TOO_LONG = 'Field value too long';

/** Per request: how many files multer has handed on so far. */
const FILE_COUNT = Symbol('attachmentFileCount');

/**
 * Multipart uploads of attachments in one field (`files`, `photos`), kept in memory: at most
 * `ATTACHMENTS_PER_MESSAGE_MAX` files of `ATTACHMENT_MAX_BYTES` each. Refusals carry our codes and
 * name the field: a file too large is 413 `file_too_large`, one file too many 422 `too_many_files`
 * (counted here rather than by multer's limit, whose error says only "Too many files"), a file in
 * another field 400 `validation_failed`, a text field over 64 kB 422 `message_too_long`. The
 * content type is checked afterwards by `AttachmentService`, on the whole file.
 */
export function AttachmentUpload(field: string, textField = 'body'): Type<NestInterceptor> {
  const Multer = AnyFilesInterceptor({
    // Browsers send the file name's UTF-8 bytes without saying so; busboy would read them as Latin-1.
    defParamCharset: 'utf8',
    limits: { fileSize: ATTACHMENT_MAX_BYTES, fieldSize: TEXT_FIELD_MAX_BYTES, fields: 20 },
    fileFilter: (request: Record<symbol, number>, file: { fieldname: string }, accept) => {
      if (file.fieldname !== field)
        return accept(
          AppError.invalidField(file.fieldname, 'unknown_field', `Files go in \`${field}\`, not \`${file.fieldname}\``),
          false,
        );
      request[FILE_COUNT] = (request[FILE_COUNT] ?? 0) + 1;
      if (request[FILE_COUNT] > ATTACHMENTS_PER_MESSAGE_MAX) return accept(tooManyFiles(field), false);
      accept(null, true);
    },
  });

  @Injectable()
  class AttachmentUploadInterceptor implements NestInterceptor {
    private readonly multer = new Multer();

    intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return from(
        // Nest's interceptor awaits the whole multipart body before it calls `next`.
        this.multer.intercept(context, next),
      ).pipe(
        switchMap((result) => result),
        catchError((error: unknown) => throwError(() => translate(error, field, textField))),
      );
    }
  }
  return mixin(AttachmentUploadInterceptor);
}

function translate(error: unknown, field: string, textField: string): unknown {
  if (error instanceof PayloadTooLargeException) return fileTooLarge(field);
  if (error instanceof BadRequestException && error.message.startsWith(FIELD_TOO_LONG)) {
    const name = error.message.split(' - ')[1] ?? textField;
    const message = `\`${name}\` is too long`;
    return new AppError(422, 'message_too_long', message, [{ field: name, code: 'message_too_long', message }]);
  }
  return error;
}
