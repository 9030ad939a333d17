import {
  type CallHandler,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  mixin,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
// For the types of `request.isMultipart()` and `request.parts()`, which @fastify/multipart adds.
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { AppError } from '../errors/app-error';

/** One uploaded file, held in memory (every upload route caps its size). */
export interface UploadedPart {
  fieldname: string;
  originalname: string;
  mimetype: string;
  buffer: Buffer;
  size: number;
}

/** What a route takes as multipart, and how it words a refusal. */
export interface MultipartRules {
  /** The one field files come in; a file in any other is 400 `validation_failed` naming it. */
  fileField: string;
  maxFiles: number;
  maxFileBytes: number;
  /** Text fields beside the files (the text of a message, say); 0 refuses any. */
  maxFields: number;
  /** Beyond this a text field is refused while it streams in; busboy's default is 1 MB. */
  maxFieldBytes?: number;
  fileTooLarge(field: string, fileName: string): AppError;
  tooManyFiles?(field: string): AppError;
  fieldTooLong?(field: string): AppError;
}

const PARTS = Symbol('uploadedParts');

type MultipartRequest = FastifyRequest & { [PARTS]?: UploadedPart[] };

/** @fastify/multipart's refusals, by code, in our words (the rest of a multipart failure is 400 `malformed_body`). */
interface FastifyMultipartError {
  code?: string;
  part?: { fieldname?: string; filename?: string };
}

/**
 * Reads a multipart request before the handler runs: its files into memory (`@UploadedParts()`,
 * `@UploadedPart()`) and its text fields into the body, so the validation pipes see them as they
 * see JSON. Guards have run by then, so nobody unauthenticated gets an upload read. A request that
 * is not multipart passes through untouched (quick order also takes JSON).
 */
export function MultipartUpload(rules: MultipartRules): Type<NestInterceptor> {
  @Injectable()
  class MultipartUploadInterceptor implements NestInterceptor {
    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const request = context.switchToHttp().getRequest<MultipartRequest>();
      request[PARTS] = [];
      if (request.isMultipart()) await readParts(request, rules);
      return next.handle();
    }
  }
  return mixin(MultipartUploadInterceptor);
}

async function readParts(request: MultipartRequest, rules: MultipartRules): Promise<void> {
  const files: UploadedPart[] = (request[PARTS] = []);
  const fields: Record<string, unknown> = {};
  const parts = request.parts({
    limits: {
      fileSize: rules.maxFileBytes,
      // One more than allowed, so the extra file is counted here and refused in the route's words.
      files: rules.maxFiles + 1,
      fields: rules.maxFields,
      ...(rules.maxFieldBytes ? { fieldSize: rules.maxFieldBytes } : {}),
    },
  });
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (part.valueTruncated) throw fieldTooLong(rules, part.fieldname);
        fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== rules.fileField)
        throw AppError.invalidField(
          part.fieldname,
          'unknown_field',
          `Files go in \`${rules.fileField}\`, not \`${part.fieldname}\``,
        );
      if (files.length === rules.maxFiles) throw tooManyFiles(rules);
      const buffer = await part.toBuffer();
      files.push({
        fieldname: part.fieldname,
        originalname: browserFileName(part.filename),
        mimetype: part.mimetype,
        buffer,
        size: buffer.length,
      });
    }
  } catch (error) {
    throw error instanceof AppError ? error : translate(error as FastifyMultipartError, rules);
  }
  request.body = fields;
}

/**
 * A browser escapes `"`, CR and LF in the file name of a multipart part as %22, %0D and %0A
 * (HTML's multipart/form-data encoding) and nothing else; busboy leaves them escaped.
 */
function browserFileName(name: string): string {
  return name.replace(/%22|%0D|%0A/gi, (escape) => decodeURIComponent(escape));
}

function translate(error: FastifyMultipartError, rules: MultipartRules): AppError {
  switch (error.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return rules.fileTooLarge(rules.fileField, error.part?.filename ?? '');
    case 'FST_FILES_LIMIT':
      return tooManyFiles(rules);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError(413, 'payload_too_large', 'The form has more fields than this upload takes');
    case 'FST_PROTO_VIOLATION':
      return AppError.invalidField('__proto__', 'unknown_field', 'A form field has a reserved name');
    default:
      return new AppError(400, 'malformed_body', 'The upload could not be read as multipart/form-data');
  }
}

function tooManyFiles(rules: MultipartRules): AppError {
  if (rules.tooManyFiles) return rules.tooManyFiles(rules.fileField);
  return AppError.invalidField(rules.fileField, 'one_file', `Send one file as \`${rules.fileField}\``);
}

function fieldTooLong(rules: MultipartRules, field: string): AppError {
  if (rules.fieldTooLong) return rules.fieldTooLong(field);
  return new AppError(413, 'payload_too_large', `\`${field}\` is too long`);
}

/** Every file a `MultipartUpload` route was sent, in order. */
export const UploadedParts = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UploadedPart[] =>
    context.switchToHttp().getRequest<MultipartRequest>()[PARTS] ?? [],
);

/** The one file a `MultipartUpload` route takes, or undefined when none was sent. */
export const UploadedPart = createParamDecorator(
  (_data: unknown, context: ExecutionContext): UploadedPart | undefined =>
    context.switchToHttp().getRequest<MultipartRequest>()[PARTS]?.[0],
);
