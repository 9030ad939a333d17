import { Injectable, signal } from '@angular/core';
import type { TokenPair } from '@lumen/shared/contracts';

export const REFRESH_TOKEN_KEY = 'lumen.refreshToken';

/**
 * Where the tokens live. The short-lived access token stays in memory only, so it never
 * outlives the page; the refresh token is kept in localStorage so a reload or a second tab
 * stays logged in. The server stores refresh tokens hashed, rotates them on every use and
 * ends the whole session when a spent one is replayed, which bounds what a stolen copy is
 * worth; the API's CSP (`script-src 'self'`) keeps injected scripts from reading it. An
 * httpOnly cookie would be safer still but needs CSRF protection in the API: later.
 */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  readonly accessToken = signal<string | null>(null);

  /** Read from storage each time: another tab may have rotated it since. */
  refreshToken(): string | null {
    try {
      return globalThis.localStorage?.getItem(REFRESH_TOKEN_KEY) ?? null;
    } catch {
      return null;
    }
  }

  save(tokens: TokenPair): void {
    this.accessToken.set(tokens.accessToken);
    try {
      globalThis.localStorage?.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    } catch {
      // Without storage the session simply ends with the page.
    }
  }

  clear(): void {
    this.accessToken.set(null);
    try {
      globalThis.localStorage?.removeItem(REFRESH_TOKEN_KEY);
    } catch {
      // Nothing stored, nothing to remove.
    }
  }
}
