import { Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/**
 * A path id. Anything that is not a uuid answers 404 — exactly as an id that does not exist —
 * so a client cannot tell a malformed id from another company's, and every route behaves alike.
 */
export const IdParam = (what: string, name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => AppError.notFound(what) }));
