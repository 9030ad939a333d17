import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';
import {
  type AcceptInvitationRequest,
  type LoginRequest,
  type MeResponse,
  type RegisterCompanyRequest,
  type TokenPair,
  type UpdateMeRequest,
} from '@lumen/shared/contracts';
import { type Action, type AppAbility, type AppRule, type Subject, createAbility } from '@lumen/shared/permissions';
import { type Observable, filter, firstValueFrom, fromEvent } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { ServiceStatus } from '../api/service-status';
import { type Locale, TranslationService } from '../i18n/translation.service';
import { withoutSession } from './http-context';
import { REFRESH_TOKEN_KEY, TokenStore } from './token-store';

/** What a visitor may do without logging in: browse the catalog, without prices. */
const VISITOR_RULES: AppRule[] = [{ action: 'read', subject: 'Product' }];

/** The refresh token was refused: the session is over and the user must log in again. */
export class SessionEndedError extends Error {
  constructor() {
    super('The session has ended');
  }
}

/**
 * The logged-in user as signals: `me` (user, company with status and tier, permissions) and a
 * CASL `ability` built from the same rules the API enforces, so a button the API would refuse
 * is not shown (`auth.can('use', 'QuickOrder')`).
 */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly api = inject(ApiClient);
  private readonly tokens = inject(TokenStore);
  private readonly router = inject(Router);
  private readonly serviceStatus = inject(ServiceStatus);
  private readonly translations = inject(TranslationService);
  private refreshing: Promise<string> | null = null;
  /** A session resume waiting for the API to answer again (see `restore`). */
  private resuming: Promise<void> | null = null;

  readonly me = signal<MeResponse | null>(null);
  readonly isLoggedIn = computed(() => this.me() !== null);
  readonly user = computed(() => this.me()?.user ?? null);
  readonly company = computed(() => this.me()?.company ?? null);
  readonly isStaff = computed(() => !!this.me()?.user.staffRole);
  readonly ability = computed<AppAbility>(() =>
    createAbility((this.me()?.rules as AppRule[] | undefined) ?? VISITOR_RULES),
  );

  constructor() {
    // Tabs share the refresh token: a logout in one ends the session in all, a login in one
    // logs the others in.
    if (typeof window === 'undefined') return;
    fromEvent<StorageEvent>(window, 'storage')
      .pipe(
        filter((event) => event.key === REFRESH_TOKEN_KEY || event.key === null),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (!this.tokens.refreshToken() && this.me()) {
          this.forget();
          void this.router.navigateByUrl('/');
        } else if (this.tokens.refreshToken() && !this.me()) {
          void this.restore();
        }
      });
  }

  /** Reactive: reads the `ability` signal, so templates and `computed()` follow log-in and out. */
  can(action: Action, subject: Subject): boolean {
    return this.ability().can(action, subject);
  }

  /** At start-up: resume the session kept by the refresh token, if any. Never throws. */
  async restore(): Promise<void> {
    if (!this.tokens.refreshToken()) return;
    try {
      await this.refresh();
      await this.loadMe();
    } catch (error) {
      // A network failure keeps the refresh token for the next try; a refused one is gone.
      if (error instanceof SessionEndedError) this.forget();
      // The API is up but its database is not: resume the session once it answers again,
      // without holding up the start of the portal meanwhile.
      else if (error instanceof HttpErrorResponse && error.status === 503)
        this.resuming = this.serviceStatus.whenAvailable().then(() => this.restore());
    }
  }

  /**
   * Resolves once a session the refresh token can resume is resumed (or found ended). The route
   * guards wait for it, so a reload during a database blip keeps the user on their page, behind
   * the "retrying" banner, instead of sending them to the login page.
   */
  async sessionSettled(): Promise<void> {
    // A resume may meet another blip and wait again: follow it to the latest one.
    for (let pending = this.resuming; pending; pending = this.resuming === pending ? null : this.resuming) {
      await pending;
    }
  }

  async login(credentials: LoginRequest): Promise<void> {
    await this.startSession(this.api.post<TokenPair>('/auth/login', credentials, { context: withoutSession() }));
  }

  /** Registers the company and its first user, who is logged in at once. */
  async register(request: RegisterCompanyRequest): Promise<void> {
    await this.startSession(this.api.post<TokenPair>('/auth/register', request, { context: withoutSession() }));
  }

  async acceptInvitation(request: AcceptInvitationRequest): Promise<void> {
    await this.startSession(
      this.api.post<TokenPair>('/auth/invitations/accept', request, { context: withoutSession() }),
    );
  }

  async loadMe(): Promise<MeResponse> {
    const me = await firstValueFrom(this.api.get<MeResponse>('/me'));
    this.me.set(me);
    // The user's e-mails follow the portal's language: a choice made on this device is saved on
    // the user; on a device where nobody chose, the portal speaks the user's saved language.
    if (!this.translations.chosenHere()) this.translations.setLocale(me.user.language);
    else if (me.user.language !== this.translations.locale()) await this.saveLanguage(this.translations.locale());
    return me;
  }

  /** The header's language switch: the portal changes at once, the user's e-mails with it. */
  async chooseLanguage(locale: Locale): Promise<void> {
    this.translations.setLocale(locale);
    if (this.me() && this.me()?.user.language !== locale) await this.saveLanguage(locale);
  }

  /** Best effort: a failed save leaves the portal in the chosen language and tries again at the next log-in. */
  private async saveLanguage(locale: Locale): Promise<void> {
    const body: UpdateMeRequest = { language: locale };
    try {
      this.me.set(await firstValueFrom(this.api.patch<MeResponse>('/me', body)));
    } catch {
      // Nothing to tell the user: the language they see is the one they chose.
    }
  }

  /**
   * A new access token from the refresh token. Single-flight: concurrent callers share one
   * request, because the server rotates refresh tokens and treats a replayed one as theft.
   * Tabs share the refresh token, so a Web Lock keeps two tabs from spending it at once.
   */
  refresh(): Promise<string> {
    this.refreshing ??= this.rotate().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async logout(): Promise<void> {
    if (this.tokens.accessToken() || this.tokens.refreshToken()) {
      try {
        await firstValueFrom(this.api.post<void>('/auth/logout'));
      } catch {
        // The session may already be gone on the server; logging out here still ends it here.
      }
    }
    this.forget();
    await this.router.navigateByUrl('/');
  }

  /** The server refused the session: forget it and ask for a login, coming back afterwards. */
  async sessionEnded(): Promise<void> {
    const returnUrl = this.router.url;
    this.forget();
    await this.router.navigate(['/login'], {
      queryParams: { reason: 'expired', ...(returnUrl && returnUrl !== '/' ? { returnUrl } : {}) },
    });
  }

  private forget(): void {
    this.tokens.clear();
    this.me.set(null);
  }

  private async startSession(request: Observable<TokenPair>): Promise<void> {
    const tokens = await firstValueFrom(request);
    this.tokens.save(tokens);
    await this.loadMe();
  }

  private rotate(): Promise<string> {
    const spend = async (): Promise<string> => {
      const refreshToken = this.tokens.refreshToken();
      if (!refreshToken) throw new SessionEndedError();
      try {
        const tokens = await firstValueFrom(
          this.api.post<TokenPair>('/auth/refresh', { refreshToken }, { context: withoutSession() }),
        );
        this.tokens.save(tokens);
        return tokens.accessToken;
      } catch (error) {
        if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 400))
          throw new SessionEndedError();
        throw error;
      }
    };
    const locks = globalThis.navigator?.locks;
    // The lock's typing wraps the callback's promise once more; `then` unwraps it.
    return locks ? locks.request('lumen-refresh-token', spend).then((token) => token) : spend();
  }
}
