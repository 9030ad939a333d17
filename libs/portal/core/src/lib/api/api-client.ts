import { HttpClient, type HttpContext, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import { withJsonErrorBody } from './files';

export const API_BASE = '/api';

type QueryValue = string | number | boolean | null | undefined;
export interface RequestOptions {
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  headers?: Record<string, string>;
  context?: HttpContext;
}

function toParams(query: RequestOptions['query']): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const one of values) if (one != null && one !== '') params = params.append(key, String(one));
  }
  return params;
}

/**
 * The one way features talk to the API: paths are relative to `/api`, bodies and answers are
 * the `@lumen/shared/contracts` types. The auth interceptor adds the token and refreshes it.
 * Feature data-access services wrap this (`inject(ApiClient).get<ProductPage>('/products', …)`).
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  get<T>(path: string, options: RequestOptions = {}): Observable<T> {
    return this.http.get<T>(API_BASE + path, this.options(options));
  }

  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Observable<T> {
    return this.http.post<T>(API_BASE + path, body ?? null, this.options(options));
  }

  put<T>(path: string, body?: unknown, options: RequestOptions = {}): Observable<T> {
    return this.http.put<T>(API_BASE + path, body ?? null, this.options(options));
  }

  patch<T>(path: string, body?: unknown, options: RequestOptions = {}): Observable<T> {
    return this.http.patch<T>(API_BASE + path, body ?? null, this.options(options));
  }

  delete<T = void>(path: string, options: RequestOptions = {}): Observable<T> {
    return this.http.delete<T>(API_BASE + path, this.options(options));
  }

  /**
   * A file the API renders (CSV, PDF, EHF) as a Blob, for `saveFile`; an error answers with
   * the API's JSON error body read out of the Blob, as every other call's does.
   */
  file(path: string, options: RequestOptions = {}): Observable<Blob> {
    return this.http
      .get(API_BASE + path, { ...this.options(options), responseType: 'blob' })
      .pipe(
        catchError((error: unknown) => from(withJsonErrorBody(error)).pipe(mergeMap((read) => throwError(() => read)))),
      );
  }

  private options(options: RequestOptions): { params: HttpParams; headers: HttpHeaders; context?: HttpContext } {
    return {
      params: toParams(options.query),
      headers: new HttpHeaders(options.headers ?? {}),
      ...(options.context ? { context: options.context } : {}),
    };
  }
}
