/** The body of every error the API answers with. `code` is stable; `message` is for people. */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  details?: ApiErrorDetail[] | Record<string, unknown>;
}

/** One offending field (or CSV line) in a validation error. */
export interface ApiErrorDetail {
  field?: string;
  line?: number;
  code: string;
  message: string;
}
