import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ApiError, ErrorCode } from '@lumen/shared/contracts';
import type { FastifyReply } from 'fastify';
import { AppError } from './app-error';
import { mapDatabaseError, type MappedError } from './database-errors';
import { fromRequestStage, RequestStageError, sendApiError } from './request-stage-errors';

/** The code of an HttpException (Nest's router, multer, a built-in pipe), which carries none of ours. */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  429: 'too_many_requests',
};

/** The one place errors become HTTP: stable codes out, nothing internal leaks. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(raised: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    const exception = fromRequestStage(raised instanceof RequestStageError ? raised.original : raised);
    if (response.sent || response.raw.headersSent) {
      // A streamed download failed midway: its status went out with the first bytes, so the
      // only honest answer left is to cut the connection (the client sees a truncated file).
      this.logger.error(
        `Failed after the answer started: ${exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)}`,
      );
      response.raw.destroy();
      return;
    }
    const isOurs = exception instanceof AppError || exception instanceof HttpException;
    const database = isOurs ? undefined : mapDatabaseError(exception);
    if (database) return this.sendDatabaseError(response, database, exception);
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    sendApiError(response, body);
  }

  private sendDatabaseError(response: FastifyReply, mapped: MappedError, exception: unknown): void {
    const reason = exception instanceof Error ? exception.message : String(exception);
    if (mapped.retryAfterSeconds !== undefined) {
      this.logger.warn(`Database unavailable or busy, answered ${mapped.body.statusCode}: ${reason}`);
      response.header('Retry-After', String(mapped.retryAfterSeconds));
    } else {
      // The database refused what validation let through: the request is at fault, but the
      // DTO that let it pass has a gap worth closing.
      this.logger.warn(`Input refused by PostgreSQL, answered 400: ${reason}`);
    }
    sendApiError(response, mapped.body);
  }

  private toBody(exception: unknown): ApiError {
    if (exception instanceof AppError) {
      return {
        statusCode: exception.statusCode,
        code: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      const fromPayload = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
      const message = typeof fromPayload['message'] === 'string' ? fromPayload['message'] : exception.message;
      return {
        statusCode,
        code: CODE_BY_STATUS[statusCode] ?? (statusCode >= 500 ? 'internal_error' : 'bad_request'),
        message,
      };
    }
    return {
      statusCode: 500,
      code: 'internal_error',
      message: 'Something went wrong on our side',
    };
  }
}
