import { HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { TokenPair } from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { authInterceptor } from './auth.interceptor';
import { AuthStore } from './auth.store';
import { withoutSession } from './http-context';
import { REFRESH_TOKEN_KEY, TokenStore } from './token-store';

const settle = () => new Promise((resolve) => setTimeout(resolve));
const unauthorized = { status: 401, statusText: 'Unauthorized' };

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let api: ApiClient;
  let tokens: TokenStore;

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
    api = TestBed.inject(ApiClient);
    tokens = TestBed.inject(TokenStore);
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  afterEach(() => http.verify());

  it('sends the access token with API calls', async () => {
    const answer = firstValueFrom(api.get<{ ok: boolean }>('/me'));
    const request = http.expectOne('/api/me');
    expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
    request.flush({ ok: true });
    await expect(answer).resolves.toEqual({ ok: true });
  });

  it('on a 401 refreshes once and retries; concurrent failures share that one refresh', async () => {
    const first = firstValueFrom(api.get<string>('/quotes'));
    const second = firstValueFrom(api.get<string>('/orders'));
    http.expectOne('/api/quotes').flush(null, unauthorized);
    http.expectOne('/api/orders').flush(null, unauthorized);
    await settle();

    const refresh = http.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1' });
    expect(refresh.request.headers.has('Authorization')).toBe(false);
    refresh.flush({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } satisfies TokenPair);
    await settle();

    const retries = [http.expectOne('/api/quotes'), http.expectOne('/api/orders')];
    for (const retry of retries) expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retries[0].flush('quotes');
    retries[1].flush('orders');
    await expect(first).resolves.toBe('quotes');
    await expect(second).resolves.toBe('orders');
    expect(tokens.refreshToken()).toBe('refresh-2');
    http.expectNone('/api/auth/refresh');
  });

  it('when the refresh is refused, forgets the session and goes to the login page', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const answer = firstValueFrom(api.get('/quotes'));
    http.expectOne('/api/quotes').flush(null, unauthorized);
    await settle();
    http
      .expectOne('/api/auth/refresh')
      .flush({ statusCode: 401, code: 'refresh_token_reused', message: 'ended' }, unauthorized);

    await expect(answer).rejects.toBeInstanceOf(HttpErrorResponse);
    await settle();
    expect(tokens.accessToken()).toBeNull();
    expect(tokens.refreshToken()).toBeNull();
    expect(TestBed.inject(AuthStore).isLoggedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(
      ['/login'],
      expect.objectContaining({ queryParams: expect.objectContaining({ reason: 'expired' }) }),
    );
  });

  it('leaves the 401 of a login alone: wrong credentials are not an expired token', async () => {
    const answer = firstValueFrom(
      api.post('/auth/login', { email: 'a@b.no', password: 'x' }, { context: withoutSession() }),
    );
    const login = http.expectOne('/api/auth/login');
    expect(login.request.headers.has('Authorization')).toBe(false);
    login.flush({ statusCode: 401, code: 'invalid_credentials', message: 'wrong' }, unauthorized);
    await expect(answer).rejects.toBeInstanceOf(HttpErrorResponse);
    await settle();
    http.expectNone('/api/auth/refresh');
  });

  it('passes a visitor’s 401 through without trying to refresh', async () => {
    tokens.clear();
    const answer = firstValueFrom(api.get('/cart'));
    http.expectOne('/api/cart').flush(null, unauthorized);
    await expect(answer).rejects.toMatchObject({ status: 401 });
    http.expectNone('/api/auth/refresh');
  });
});

describe('AuthStore across tabs', () => {
  it('logs out when another tab logged out', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const auth = TestBed.inject(AuthStore);
    const tokens = TestBed.inject(TokenStore);
    tokens.save({ accessToken: 'a', refreshToken: 'r', expiresIn: 900 });
    auth.me.set({
      user: { id: 'u', name: 'U', email: 'u@x.no', roles: [], staffRole: null, language: 'nb' },
      company: null,
      permissions: [],
      rules: [],
    });

    localStorage.removeItem(REFRESH_TOKEN_KEY); // what the other tab's logout does to the shared storage
    window.dispatchEvent(new StorageEvent('storage', { key: REFRESH_TOKEN_KEY, newValue: null }));
    await settle();

    expect(auth.isLoggedIn()).toBe(false);
    expect(tokens.accessToken()).toBeNull();
  });
});
