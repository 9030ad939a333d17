import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { API_BASE } from '../api/api-client';
import { AuthStore, SessionEndedError } from './auth.store';
import { WITHOUT_SESSION } from './http-context';
import { TokenStore } from './token-store';

const withToken = (request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> =>
  token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;

/**
 * Adds the access token to API calls. On a 401 it gets a new access token once (shared by all
 * requests that fail together) and retries; if the session cannot be renewed it logs out to
 * the login page. Visitors without a session get the 401 as it is. Only a refused refresh token
 * ends the session: a refresh the API could not answer (503, network) keeps it, and the request
 * fails with that answer, which the unavailable interceptor retries.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith(`${API_BASE}/`) || request.context.get(WITHOUT_SESSION)) return next(request);
  const tokens = inject(TokenStore);
  const auth = inject(AuthStore);
  const sentWith = tokens.accessToken();

  return next(withToken(request, sentWith)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) return throwError(() => error);
      if (!tokens.refreshToken()) {
        // Logged out in another tab while this one still held an access token: end here too.
        if (sentWith) void auth.sessionEnded();
        return throwError(() => error);
      }
      // Another request may have renewed the token while this one was on the way.
      const current = tokens.accessToken();
      const renewed = current && current !== sentWith ? Promise.resolve(current) : auth.refresh();
      return from(renewed).pipe(
        catchError((refreshError: unknown) => {
          if (refreshError instanceof SessionEndedError) {
            void auth.sessionEnded();
            return throwError(() => error);
          }
          return throwError(() => refreshError);
        }),
        switchMap((token) => next(withToken(request, token))),
      );
    }),
  );
};
