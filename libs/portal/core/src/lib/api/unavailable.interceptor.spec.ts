import { HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import type { TokenPair } from '@lumen/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthStore } from '../auth/auth.store';
import { TokenStore } from '../auth/token-store';
import { ApiClient } from './api-client';
import { ServiceStatus } from './service-status';
import { unavailableInterceptor } from './unavailable.interceptor';

const unavailable = {
  status: 503,
  statusText: 'Service Unavailable',
  headers: { 'Retry-After': '2' },
};
const outage = { statusCode: 503, code: 'service_unavailable', message: 'try again' };
/** Lets promises and HttpClient's callbacks run; timers move only when a test says so. */
const settle = () => jest.advanceTimersByTimeAsync(0);

describe('unavailableInterceptor (the API answers 503 while its database is away)', () => {
  let http: HttpTestingController;
  let api: ApiClient;
  let tokens: TokenStore;
  let status: ServiceStatus;
  let navigate: jest.SpyInstance;

  beforeEach(() => {
    jest.useFakeTimers();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        // As providePortalCore registers them.
        provideHttpClient(withInterceptors([unavailableInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ApiClient);
    tokens = TestBed.inject(TokenStore);
    status = TestBed.inject(ServiceStatus);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    tokens.save({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900 });
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  /** The health probe the banner starts: answered 200, so only the request under test is left. */
  const answerProbe = () => http.expectOne('/api/health').flush({ status: 'ok', database: 'up', version: '1' });

  it('shows the banner, retries a read after Retry-After, and clears the banner when it is answered', async () => {
    const answer = firstValueFrom(api.get<string>('/orders'));
    http.expectOne('/api/orders').flush(outage, unavailable);
    await settle();
    expect(status.unavailable()).toBe(true);
    const probe = http.expectOne('/api/health');

    await jest.advanceTimersByTimeAsync(1_999);
    http.expectNone('/api/orders');
    await jest.advanceTimersByTimeAsync(1);
    const retry = http.expectOne('/api/orders');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-1');
    retry.flush('orders');
    await expect(answer).resolves.toBe('orders');
    expect(status.unavailable()).toBe(false);
    probe.flush({ status: 'ok', database: 'up', version: '1' });
  });

  it('never takes the refresh-or-logout path on a 503: the session and the tokens stay', async () => {
    const answer = firstValueFrom(api.get('/me'));
    http.expectOne('/api/me').flush(outage, unavailable);
    await settle();
    answerProbe();
    await jest.advanceTimersByTimeAsync(2_000);
    http.expectOne('/api/me').flush({ ok: true });
    await expect(answer).resolves.toEqual({ ok: true });
    http.expectNone('/api/auth/refresh');
    expect(tokens.accessToken()).toBe('access-1');
    expect(tokens.refreshToken()).toBe('refresh-1');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not repeat a write without an Idempotency-Key, but keeps the banner until the API answers', async () => {
    const answer = firstValueFrom(api.post('/project-lists', { name: 'Hall B' }));
    http.expectOne('/api/project-lists').flush(outage, unavailable);
    await expect(answer).rejects.toMatchObject({ status: 503 });
    expect(status.unavailable()).toBe(true);
    await jest.advanceTimersByTimeAsync(10_000);
    http.expectNone('/api/project-lists');

    // The health probe is what clears it: 503 while the database is away, then 200.
    http.expectOne('/api/health').flush({ status: 'degraded', database: 'down', version: '1' }, unavailable);
    await jest.advanceTimersByTimeAsync(2_000);
    http.expectOne('/api/health').flush({ status: 'ok', database: 'up', version: '1' });
    expect(status.unavailable()).toBe(false);
    expect(tokens.refreshToken()).toBe('refresh-1');
  });

  it('repeats a checkout, whose Idempotency-Key makes a second try safe', async () => {
    const checkout = firstValueFrom(
      api.post('/orders', { shippingMethod: 'standard' }, { headers: { 'Idempotency-Key': 'key-1' } }),
    );
    http.expectOne('/api/orders').flush(outage, unavailable);
    await settle();
    answerProbe();
    await jest.advanceTimersByTimeAsync(2_000);
    const retry = http.expectOne('/api/orders');
    expect(retry.request.headers.get('Idempotency-Key')).toBe('key-1');
    retry.flush({ id: 'order-1' });
    await expect(checkout).resolves.toEqual({ id: 'order-1' });
  });

  it('keeps the session when an expired token meets a refresh the API cannot answer, and resumes after', async () => {
    const answer = firstValueFrom(api.get<string>('/quotes'));
    http.expectOne('/api/quotes').flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle();
    http.expectOne('/api/auth/refresh').flush(outage, unavailable);
    await settle();
    expect(status.unavailable()).toBe(true);
    expect(tokens.refreshToken()).toBe('refresh-1');
    expect(navigate).not.toHaveBeenCalled();
    answerProbe();

    // Retried after Retry-After: still the old token, so one more refresh, which now works.
    await jest.advanceTimersByTimeAsync(2_000);
    http.expectOne('/api/quotes').flush(null, { status: 401, statusText: 'Unauthorized' });
    await settle();
    http
      .expectOne('/api/auth/refresh')
      .flush({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } satisfies TokenPair);
    await settle();
    const retry = http.expectOne('/api/quotes');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
    retry.flush('quotes');
    await expect(answer).resolves.toBe('quotes');
    expect(tokens.refreshToken()).toBe('refresh-2');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('at start-up during an outage, keeps the session and resumes it once the API answers', async () => {
    const auth = TestBed.inject(AuthStore);
    const restoring = auth.restore();
    await settle();
    http.expectOne('/api/auth/refresh').flush(outage, unavailable);
    await restoring; // it does not wait for the database: the portal starts meanwhile
    expect(tokens.refreshToken()).toBe('refresh-1');
    expect(auth.isLoggedIn()).toBe(false);

    answerProbe();
    await settle();
    http
      .expectOne('/api/auth/refresh')
      .flush({ accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } satisfies TokenPair);
    await settle();
    http.expectOne('/api/me').flush({
      user: { id: 'u', name: 'U', email: 'u@x.no', roles: [], staffRole: null, language: 'nb' },
      company: null,
      permissions: [],
      rules: [],
    });
    await settle();
    expect(auth.isLoggedIn()).toBe(true);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('passes other errors through untouched', async () => {
    const answer = firstValueFrom(api.get('/orders/x'));
    http.expectOne('/api/orders/x').flush({ code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    await expect(answer).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(status.unavailable()).toBe(false);
  });
});
