import { Param, type PipeTransform } from '@nestjs/common';
import { AppError } from '@lumen/api/core';

/**
 * A revision number in a path (`/revisions/2.pdf`): 1, 2, 3 … Anything else — 0, -1, 2.5, a
 * word, a number past what the column holds — is the same 404 as a revision that does not exist,
 * as `IdParam` does for ids.
 */
class RevisionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) throw AppError.notFound('Quote revision');
    return Number(value);
  }
}

export const RevisionParam = () => Param('revision', new RevisionNumberPipe());
