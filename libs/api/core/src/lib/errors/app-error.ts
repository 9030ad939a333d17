import type { ApiErrorDetail, ErrorCode } from '@lumen/shared/contracts';

/**
 * A failure the caller can act on. Services throw these; the exception filter turns them
 * into `{ statusCode, code, message, details }`. `code` is stable for clients to branch on.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorDetail[] | Record<string, unknown>,
  ) {
    super(message);
  }

  static notFound(what: string): AppError {
    return new AppError(404, 'not_found', `${what} not found`);
  }

  static badRequest(code: ErrorCode, message: string, details?: ApiErrorDetail[]): AppError {
    return new AppError(400, code, message, details);
  }

  static conflict(code: ErrorCode, message: string): AppError {
    return new AppError(409, code, message);
  }

  static forbidden(message = 'You are not allowed to do this'): AppError {
    return new AppError(403, 'forbidden', message);
  }

  static unauthorized(code: ErrorCode = 'unauthorized', message = 'Log in to continue'): AppError {
    return new AppError(401, code, message);
  }

  /** A single invalid field, reported the same way as a class-validator failure. */
  static invalidField(field: string, code: string, message: string): AppError {
    return new AppError(400, 'validation_failed', message, [{ field, code, message }]);
  }
}
