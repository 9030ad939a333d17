import { ERROR_CODES, type ErrorCode } from '@lumen/shared/contracts';

const LISTED: ReadonlySet<string> = new Set<ErrorCode>(ERROR_CODES);

/**
 * What is wrong with an error answer's body, or `undefined` when it is an `ApiError` whose code
 * is in `ERROR_CODES` — the list the portal has a text for. `AppError` is held to the list by
 * its type; this catches a body built anywhere else (Nest, a parser, a middleware).
 */
export function unlistedErrorBody(status: number, text: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `${status} answered a body that is not JSON: ${text.slice(0, 120)}`;
  }
  const code = typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
  if (typeof code !== 'string') return `${status} answered no code: ${text.slice(0, 120)}`;
  return LISTED.has(code) ? undefined : `${status} answered code ${code}, which is not in ERROR_CODES`;
}
