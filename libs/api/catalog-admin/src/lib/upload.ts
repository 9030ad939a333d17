import type { NestInterceptor, Type } from '@nestjs/common';
import { AppError, MultipartUpload, type UploadedPart } from '@lumen/api/core';

/**
 * The multipart `file` of a route, held in memory up to `maxBytes`; beyond, 413 `file_too_large`
 * naming the limit.
 */
export function fileUpload(maxBytes: number): Type<NestInterceptor> {
  return MultipartUpload({
    fileField: 'file',
    maxFiles: 1,
    maxFileBytes: maxBytes,
    maxFields: 10,
    fileTooLarge: () =>
      new AppError(413, 'file_too_large', `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`),
  });
}

/** The upload, or 400 naming the missing `file` part. */
export function requireFile(file: UploadedPart | undefined): UploadedPart {
  if (!file) throw AppError.invalidField('file', 'required', 'Send the file as the multipart part `file`');
  return file;
}
