import { HttpException } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { ApiError } from '@lumen/shared/contracts';
import type { FastifyReply } from 'fastify';
import { AppError } from './app-error';

/**
 * An error raised before a route's handler runs (reading the body, inflating it, routing), as the
 * exception filter receives it. Nest's Fastify error handler turns any error with a `statusCode`
 * (ours included) into a bare HttpException, which would lose its code; in this envelope it
 * reaches the filter as it was raised.
 */
export class RequestStageError extends Error {
  constructor(readonly original: unknown) {
    super('Failed before the route ran');
  }
}

/** Fastify with its error handler's errors enveloped (see RequestStageError). */
export class LumenFastifyAdapter extends FastifyAdapter {
  override setErrorHandler(handler: Parameters<FastifyAdapter['setErrorHandler']>[0]) {
    return super.setErrorHandler(function (this: unknown, error, request, reply) {
      return handler.call(this as never, new RequestStageError(error) as never, request, reply);
    });
  }
}

/** A body this API does not read: not JSON (or multipart where a route takes it), not UTF-8, or compressed in an unknown way. */
export const unsupportedMediaType = (): AppError =>
  new AppError(415, 'unsupported_media_type', 'Send the body as UTF-8 JSON, plain or gzip/deflate/br compressed');

/**
 * Fastify's and zlib's refusals of a request, with our codes; anything else as it was. zlib's
 * code (`Z_…` for gzip and deflate, `ERR__ERROR_…` for br) means the body is not what its
 * `Content-Encoding` says.
 */
export function fromRequestStage(error: unknown): unknown {
  const { code, statusCode, message } = (error ?? {}) as { code?: unknown; statusCode?: unknown; message?: unknown };
  if (typeof code !== 'string') return error;
  if (/^(Z_|ERR__ERROR_)/.test(code))
    return new AppError(400, 'malformed_body', 'The request body could not be read (is its Content-Encoding right?)');
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
    case 'FST_ERR_CTP_EMPTY_TYPE':
      return unsupportedMediaType();
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError(400, 'malformed_body', 'The request body is not as long as its Content-Length says');
  }
  // Fastify's other refusals (a malformed URL, say): their status, with the code the filter gives it.
  if (code.startsWith('FST_') && typeof statusCode === 'number' && statusCode < 500)
    return new HttpException(typeof message === 'string' ? message : 'Bad request', statusCode);
  return error;
}

/**
 * Fastify's refusals before it routes (a malformed percent escape in the URL, a path segment
 * longer than a router parameter takes), which reach neither Nest nor the filter: answered with
 * the filter's body. A segment too long is the same 404 as a malformed or unknown id.
 */
export function answerFrameworkError(
  error: { code?: string; message: string },
  _request: unknown,
  reply: FastifyReply,
): void {
  const body: ApiError =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? { statusCode: 404, code: 'not_found', message: 'Not found' }
      : { statusCode: 400, code: 'bad_request', message: error.message };
  sendApiError(reply, body);
}

/** An error body as JSON, whatever the route had set for its own answer (a CSV download's content type, say). */
export function sendApiError(reply: FastifyReply, body: ApiError): void {
  void reply.status(body.statusCode).header('Content-Type', 'application/json; charset=utf-8').send(body);
}
