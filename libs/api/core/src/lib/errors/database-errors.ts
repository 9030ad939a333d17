import type { ApiError } from '@lumen/shared/contracts';
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';

/** Seconds a client should wait before retrying while the database is unreachable or busy. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export interface MappedError {
  body: ApiError;
  /** Set for answers the client should retry (503): the `Retry-After` header, in seconds. */
  retryAfterSeconds?: number;
}

const UNAVAILABLE: MappedError = {
  body: {
    statusCode: 503,
    code: 'service_unavailable',
    message: 'The service is temporarily unavailable; try again in a few seconds',
  },
  retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
};

/** Node's socket errors when PostgreSQL is down, restarting or unreachable. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
]);
/** node-postgres reports a dropped or refused connection by message only. */
const CONNECTION_ERROR_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection refused',
];

/**
 * Turns a PostgreSQL or driver failure into an answer the caller can act on.
 *
 * - The database is unreachable, restarting (SQLSTATE class 08, 57P0x, 53300) or a transaction
 *   lost a serialisation race (40001, 40P01): 503 with `Retry-After` — a blip, not the caller's
 *   fault and never "log in again".
 * - Data PostgreSQL refuses (class 22, NOT NULL, CHECK, foreign key): 400. Validation should have
 *   caught it first; the mapping is the net under every route, so a gap is a 400, not a 500.
 *
 * Anything else is not a database answer we understand: `undefined`, and the caller's 500.
 */
export function mapDatabaseError(error: unknown): MappedError | undefined {
  // When a transaction's connection fails between two queries, TypeORM releases it at once and
  // the next query fails with one of these instead of the driver's error: the same outage.
  if (error instanceof QueryRunnerAlreadyReleasedError || error instanceof QueryRunnerProviderAlreadyReleasedError)
    return UNAVAILABLE;
  const driverError = driverErrorOf(error);
  if (!driverError) return undefined;
  const sqlState = typeof driverError.code === 'string' ? driverError.code : '';
  if (isUnavailable(driverError, sqlState)) return UNAVAILABLE;
  if (sqlState === '40001' || sqlState === '40P01') {
    return {
      body: { statusCode: 503, code: 'busy_retry', message: 'Another change got there first; try again' },
      retryAfterSeconds: 1,
    };
  }
  const field = typeof driverError.column === 'string' ? camelCase(driverError.column) : undefined;
  const invalid = (code: string, message: string): MappedError => ({
    body: {
      statusCode: 400,
      code: 'validation_failed',
      message,
      details: [{ ...(field ? { field } : {}), code, message }],
    },
  });
  if (sqlState === '23502') return invalid('required', `${field ?? 'A required field'} must not be empty`);
  if (sqlState === '22003') return invalid('out_of_range', 'A number in the request is out of range');
  if (sqlState === '22001') return invalid('too_long', 'A text in the request is too long');
  if (sqlState === '22021' || sqlState === '22P05')
    return invalid('invalid_characters', 'The request contains characters that cannot be stored');
  if (sqlState === '23514') return invalid('invalid_value', 'A value in the request is not allowed');
  if (sqlState === '23503') return invalid('unknown_reference', 'The request refers to something that does not exist');
  if (sqlState.startsWith('22')) return invalid('invalid_value', 'A value in the request has the wrong form');
  return undefined;
}

interface DriverError {
  code?: unknown;
  column?: unknown;
  message?: unknown;
}

/** TypeORM wraps the driver's error in `QueryFailedError.driverError`; a failed connect is bare. */
function driverErrorOf(error: unknown): DriverError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const wrapped = (error as { driverError?: unknown }).driverError;
  if (typeof wrapped === 'object' && wrapped !== null) return wrapped as DriverError;
  return error as DriverError;
}

function isUnavailable(error: DriverError, sqlState: string): boolean {
  if (CONNECTION_ERROR_CODES.has(sqlState)) return true;
  if (sqlState.startsWith('08') || sqlState.startsWith('57P') || sqlState === '53300') return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return CONNECTION_ERROR_MESSAGES.some((text) => message.includes(text));
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
