import { type HttpClient, type HttpEvent, HttpEventType } from '@angular/common/http';
import { type Observable, filter, map } from 'rxjs';
import { API_BASE } from './api-client';

/** A file on its way to the API: the share sent, then the server working on it, then its answer. */
export type UploadProgress<T> =
  { phase: 'uploading'; percent: number } | { phase: 'processing' } | { phase: 'done'; result: T };

/**
 * POSTs a multipart `body` to `path` (relative to `/api`) and reports how far it got. ApiClient
 * has no progress events, so this goes to HttpClient under the same base (the auth interceptor
 * still adds the token). Once every byte is sent the server may still read and check a
 * 100,000-line file, so "processing" is said separately rather than leaving the bar at 100 %.
 */
export function uploadWithProgress<T>(
  http: HttpClient,
  path: string,
  body: FormData,
  query: Record<string, string> = {},
): Observable<UploadProgress<T>> {
  return http.post<T>(API_BASE + path, body, { params: query, reportProgress: true, observe: 'events' }).pipe(
    map((event: HttpEvent<T>): UploadProgress<T> | null => {
      if (event.type === HttpEventType.UploadProgress) {
        const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
        return percent >= 100 ? { phase: 'processing' } : { phase: 'uploading', percent };
      }
      if (event.type === HttpEventType.Response) return { phase: 'done', result: event.body as T };
      return null;
    }),
    filter((progress): progress is UploadProgress<T> => progress !== null),
  );
}
