import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { retry, tap, throwError, timer } from 'rxjs';
import { API_BASE } from './api-client';
import { ServiceStatus } from './service-status';

/** Bounds on the wait between retries, whatever `Retry-After` says. */
const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;
const RETRY_DEFAULT_MS = 5_000;

/**
 * The API answers 503 while its database is away (a blip, not the user's fault and never "log
 * in again"). This shows the "temporarily unavailable, retrying" banner and retries, after
 * `Retry-After`, every request that is safe to send twice: reads, and writes carrying an
 * Idempotency-Key (checkout). Any other write fails as it is — the page shows its error and the
 * user decides — while the banner stays until the API answers again. Registered before the auth
 * interceptor, so a 503 never reaches the refresh-or-logout path.
 */
export const unavailableInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith(`${API_BASE}/`)) return next(request);
  const status = inject(ServiceStatus);
  return next(request).pipe(
    tap((event) => {
      if (event instanceof HttpResponse) status.markAvailable();
    }),
    retry({
      delay: (error: unknown) => {
        if (!(error instanceof HttpErrorResponse) || error.status !== 503) return throwError(() => error);
        status.markUnavailable();
        return safeToRepeat(request) ? timer(retryDelayMs(error)) : throwError(() => error);
      },
    }),
  );
};

function safeToRepeat(request: HttpRequest<unknown>): boolean {
  return ['GET', 'HEAD', 'OPTIONS'].includes(request.method) || request.headers.has('Idempotency-Key');
}

/** `Retry-After` in seconds or as an HTTP date, kept within sensible bounds. */
function retryDelayMs(error: HttpErrorResponse): number {
  const header = error.headers?.get('Retry-After');
  if (!header) return RETRY_DEFAULT_MS;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1_000 : Date.parse(header) - Date.now();
  if (Number.isNaN(ms)) return RETRY_DEFAULT_MS;
  return Math.min(RETRY_MAX_MS, Math.max(RETRY_MIN_MS, ms));
}
