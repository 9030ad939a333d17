import { SetMetadata } from '@nestjs/common';
import type { ContractName } from './contract-schemas.generated';
import type { JsonSchema } from './json-schema';

export const API_ANSWER = 'lumen:openapi:answer';
export const API_ERRORS = 'lumen:openapi:errors';

/** What a route answers on success, as `createOpenApiDocument` writes it into the document. */
export interface ApiAnswerMetadata {
  /** One, or each a file download may come as (an attachment: the JPEG, PNG or PDF it was). */
  mediaTypes: readonly string[];
  schema: JsonSchema;
  /** Descriptions by status; absent: the one success status Nest derives from the route. */
  statuses?: Readonly<Record<number, string>>;
}

/** The 4xx answers a route can give beyond those derived for every route (see README). */
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
export type ApiErrorsMetadata = Partial<Record<ErrorStatus, string>>;

export const contractRef = (name: ContractName): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/**
 * The route answers the shared contract type `contract` (`['X']`: an array of X) as JSON.
 * `statuses` when it answers more than one status, e.g. a replayed order is 200, a new one 201.
 */
export const ApiAnswer = (contract: ContractName | readonly [ContractName], statuses?: Record<number, string>) =>
  SetMetadata(API_ANSWER, {
    mediaTypes: ['application/json'],
    schema: typeof contract === 'string' ? contractRef(contract) : { type: 'array', items: contractRef(contract[0]) },
    statuses,
  } satisfies ApiAnswerMetadata);

/** The route answers a file download of `mediaType` (a CSV), or of one of several, not JSON. */
export const ApiFileAnswer = (...mediaTypes: [string, ...string[]]) =>
  SetMetadata(API_ANSWER, { mediaTypes, schema: { type: 'string' } } satisfies ApiAnswerMetadata);

/**
 * The refusals particular to this route (a 409 on a state conflict, a 422 on a rule), each
 * with what it means here; on a class, for all its routes. The error body is `ApiError`.
 */
export const ApiErrors = (errors: ApiErrorsMetadata) => SetMetadata(API_ERRORS, errors);
