import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error';

interface BodyParserError {
  status?: number;
  type?: string;
  /**
   * zlib's code when a body is not what its `Content-Encoding` says: `Z_…` for gzip and deflate,
   * `ERR__ERROR_…` (Node's name for a `BROTLI_DECODER_ERROR_…`) for br.
   */
  code?: string;
}

/**
 * Express error middleware, registered right after the body parsers: turns their failures into
 * AppErrors with stable codes before Nest sees them. (Nest maps only a parse error, to a bare
 * 400 "bad_request" carrying the parser's text, and a body that fails to inflate became a 500.)
 */
export function translateBodyParserErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  next(isBodyParserError(error) ? toAppError(error) : error);
}

function isBodyParserError(error: unknown): error is BodyParserError {
  if (typeof error !== 'object' || error === null) return false;
  const { type, code } = error as BodyParserError;
  return typeof type === 'string' || (typeof code === 'string' && /^(Z_|ERR__ERROR_)/.test(code));
}

function toAppError(error: BodyParserError): AppError {
  switch (error.type) {
    case 'entity.too.large':
      return new AppError(413, 'payload_too_large', 'The request body is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(
        415,
        'unsupported_media_type',
        'Send the body as UTF-8 JSON, plain or gzip/deflate compressed',
      );
    case 'entity.parse.failed':
      return new AppError(400, 'malformed_json', 'The request body is not valid JSON');
    default:
      return new AppError(400, 'malformed_body', 'The request body could not be read (is its Content-Encoding right?)');
  }
}
