import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  PayloadTooLargeException,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AppError } from '@lumen/api/core';
import { catchError, type Observable, throwError } from 'rxjs';

/** The part of a multer file we read. */
export interface UploadedBytes {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/**
 * The multipart `file` of a route, held in memory up to `maxBytes`; beyond, multer's "File too
 * large" becomes our 413 `file_too_large` naming the limit.
 */
export function fileUpload(maxBytes: number): Type<NestInterceptor>[] {
  @Injectable()
  class FileTooLarge implements NestInterceptor {
    intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
      return next
        .handle()
        .pipe(
          catchError((error: unknown) =>
            throwError(() =>
              error instanceof PayloadTooLargeException
                ? new AppError(
                    413,
                    'file_too_large',
                    `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
                  )
                : error,
            ),
          ),
        );
    }
  }
  return [mixin(FileTooLarge), FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 10 } })];
}

/** The upload, or 400 naming the missing `file` part. */
export function requireFile(file: UploadedBytes | undefined): UploadedBytes {
  if (!file) throw AppError.invalidField('file', 'required', 'Send the file as the multipart part `file`');
  return file;
}
