import { HttpErrorResponse } from '@angular/common/http';

/**
 * Hands a downloaded file to the browser as a save, under `filename`. The API's files need the
 * access token, which lives in memory and travels in a header, so they are fetched (with
 * `ApiClient.file`) and saved from here: a plain link would arrive without it and get a 401.
 */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  // Revoked a moment later: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * A blob request's error arrives as a Blob: read the API's JSON error body out of it, so
 * `describeError` can name the error's `code`. Any other error, or a body that is not JSON,
 * comes back as it was.
 */
export async function withJsonErrorBody(error: unknown): Promise<unknown> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) return error;
  try {
    return new HttpErrorResponse({
      error: JSON.parse(await error.error.text()),
      headers: error.headers,
      status: error.status,
      statusText: error.statusText,
      url: error.url ?? undefined,
    });
  } catch {
    return error;
  }
}
