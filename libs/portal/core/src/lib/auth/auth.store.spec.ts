import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type ActivatedRouteSnapshot, provideRouter, type RouterStateSnapshot, UrlTree } from '@angular/router';
import { ServiceStatus } from '../api/service-status';
import type { MeResponse } from '@lumen/shared/contracts';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';
import { authGuard } from './guards';
import { TokenStore } from './token-store';
import { TranslationService } from '../i18n/translation.service';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const me: MeResponse = {
  user: { id: 'u', name: 'Per Bestiller', email: 'purchaser@nordlys.test', roles: ['Purchaser'], staffRole: null, language: 'nb' },
  company: null,
  permissions: ['quickOrder.use'],
  rules: [{ action: 'use', subject: 'QuickOrder' }],
};

describe('AuthStore.restore (start-up)', () => {
  let http: HttpTestingController;
  let auth: AuthStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthStore);
    localStorage.setItem('lumen.refreshToken', 'kept-from-last-visit');
  });

  afterEach(() => http.verify());

  it('resumes the session from the stored refresh token and builds the ability from /me', async () => {
    expect(auth.can('use', 'QuickOrder')).toBe(false);
    const restored = auth.restore();
    await settle();
    http.expectOne('/api/auth/refresh').flush({ accessToken: 'a', refreshToken: 'r2', expiresIn: 900 });
    await settle();
    http.expectOne('/api/me').flush(me);
    await restored;
    expect(auth.user()?.name).toBe('Per Bestiller');
    expect(auth.can('use', 'QuickOrder')).toBe(true);
    expect(auth.can('place', 'Order')).toBe(false);
  });

  it('forgets a refresh token the server refuses', async () => {
    const restored = auth.restore();
    await settle();
    http
      .expectOne('/api/auth/refresh')
      .flush({ statusCode: 401, code: 'invalid_refresh_token', message: 'expired' }, { status: 401, statusText: 'x' });
    await restored;
    expect(TestBed.inject(TokenStore).refreshToken()).toBeNull();
    expect(auth.isLoggedIn()).toBe(false);
  });

  it('keeps the refresh token when the server cannot be reached, to try again on the next visit', async () => {
    const restored = auth.restore();
    await settle();
    http.expectOne('/api/auth/refresh').error(new ProgressEvent('error'));
    await restored;
    expect(TestBed.inject(TokenStore).refreshToken()).toBe('kept-from-last-visit');
    expect(auth.isLoggedIn()).toBe(false);
  });

  it('keeps a reload during a database blip on its page: the guard waits for the session to resume', async () => {
    const status = TestBed.inject(ServiceStatus);
    status.unavailable.set(true);
    const restored = auth.restore();
    await settle();
    http
      .expectOne('/api/auth/refresh')
      .flush({ statusCode: 503, code: 'service_unavailable', message: 'later' }, { status: 503, statusText: 'x' });
    await restored;
    expect(auth.isLoggedIn()).toBe(false);

    let verdict: unknown = 'pending';
    const guarded = TestBed.runInInjectionContext(() =>
      authGuard({} as ActivatedRouteSnapshot, { url: '/orders' } as RouterStateSnapshot),
    ) as Promise<boolean | UrlTree>;
    void guarded.then((answer) => (verdict = answer));
    await settle();
    expect(verdict).toBe('pending');

    status.markAvailable();
    await settle();
    http.expectOne('/api/auth/refresh').flush({ accessToken: 'a', refreshToken: 'r2', expiresIn: 900 });
    await settle();
    http.expectOne('/api/me').flush(me);
    expect(await guarded).toBe(true);
    expect(TestBed.inject(TokenStore).refreshToken()).toBe('r2');
  });
});

describe('AuthStore and the user’s language', () => {
  let http: HttpTestingController;

  const start = (storedLocale: string | null) => {
    localStorage.clear();
    if (storedLocale) localStorage.setItem('lumen.locale', storedLocale);
    localStorage.setItem('lumen.refreshToken', 'kept-from-last-visit');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    return { auth: TestBed.inject(AuthStore), translations: TestBed.inject(TranslationService) };
  };
  const resume = async (auth: AuthStore, language: 'nb' | 'en') => {
    const restored = auth.restore();
    await settle();
    http.expectOne('/api/auth/refresh').flush({ accessToken: 'a', refreshToken: 'r2', expiresIn: 900 });
    await settle();
    http.expectOne('/api/me').flush({ ...me, user: { ...me.user, language } });
    return restored;
  };

  afterEach(() => http.verify());

  it('speaks the user’s saved language on a device where nobody chose one, without saving anything', async () => {
    const { auth, translations } = start(null);
    await resume(auth, 'en');
    expect(translations.locale()).toBe('en');
  });

  it('saves a language chosen on this device on the user, so their e-mails follow it', async () => {
    const { auth, translations } = start('en');
    const restored = auth.restore();
    await settle();
    http.expectOne('/api/auth/refresh').flush({ accessToken: 'a', refreshToken: 'r2', expiresIn: 900 });
    await settle();
    http.expectOne('/api/me').flush({ ...me, user: { ...me.user, language: 'nb' } });
    await settle();
    const save = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(save.request.body).toEqual({ language: 'en' });
    save.flush({ ...me, user: { ...me.user, language: 'en' } });
    await restored;
    await settle();
    expect(translations.locale()).toBe('en');
    expect(auth.user()?.language).toBe('en');
  });

  it('saves the header’s switch when logged in, and only then', async () => {
    const { auth, translations } = start('nb');
    await auth.chooseLanguage('en');
    expect(translations.locale()).toBe('en');
    http.expectNone('/api/me');

    await resume(auth, 'en');
    const switched = auth.chooseLanguage('nb');
    const save = http.expectOne({ method: 'PATCH', url: '/api/me' });
    expect(save.request.body).toEqual({ language: 'nb' });
    save.flush({ ...me, user: { ...me.user, language: 'nb' } });
    await switched;
    expect(auth.user()?.language).toBe('nb');
  });
});
