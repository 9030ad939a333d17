import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { AppError } from '../errors/app-error';
import { unsupportedMediaType } from '../errors/request-stage-errors';

/** Quick order takes up to 100,000 typed or pasted lines as JSON (≈ 4 MB); Fastify's default is 1 MiB. */
const JSON_BODY_LIMIT_BYTES = 12 * 1024 * 1024;

const INFLATE: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * How request bodies are read: JSON only (multipart is read by the upload interceptors), UTF-8,
 * at most 12 MB once inflated, optionally gzip, deflate or br compressed. Every refusal is an
 * AppError with a stable code (Fastify's own refusals get theirs in `fromRequestStage`):
 * a form-encoded or text body is 415, which tells the sender more than a validation error on an
 * empty body would.
 */
export function registerRequestBody(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();
  // Callback style, not async: Fastify runs this hook for every request, GETs included, and an
  // async hook costs each of them a promise and its resolution.
  fastify.addHook('preParsing', (request, _reply, payload, done) => {
    try {
      done(null, inflated(request, payload));
    } catch (error) {
      done(error as Error);
    }
  });
  app.useBodyParser('application/json', { bodyLimit: JSON_BODY_LIMIT_BYTES }, (request, body, done) => {
    const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1];
    if (charset && !/^utf-?8$/i.test(charset)) return done(unsupportedMediaType(), undefined);
    const text = body.toString('utf8');
    // An empty body is no fields at all, as it always was: validation then names what is missing.
    if (text.trim() === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new AppError(400, 'malformed_json', 'The request body is not valid JSON'), undefined);
    }
  });
}

/**
 * The body as the parser should read it: inflated per `Content-Encoding`, its encoded length
 * counted for Fastify's Content-Length check, while the body limit applies to the inflated bytes
 * (so a small zip bomb is still refused at 12 MB).
 */
function inflated(request: FastifyRequest, payload: Readable): Readable {
  const encoding = request.headers['content-encoding']?.trim().toLowerCase();
  if (!encoding || encoding === 'identity' || !hasBody(request)) return payload;
  const inflate = INFLATE[encoding];
  if (!inflate) throw unsupportedMediaType();
  // A zlib error on this stream (not what the header says) reaches the error filter as `Z_…`
  // when the body is read. When it is not (a GET, a content type refused before reading) nobody
  // else listens, and an unheard stream error would end the process.
  const decoded = payload.pipe(inflate()) as unknown as Readable & { receivedEncodedLength: number };
  decoded.on('error', () => undefined);
  decoded.receivedEncodedLength = 0;
  payload.on('data', (chunk: Buffer) => (decoded.receivedEncodedLength += chunk.length));
  return decoded;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
