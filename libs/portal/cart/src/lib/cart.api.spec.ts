import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@lumen/portal/core';
import type { Cart, MeResponse } from '@lumen/shared/contracts';
import { CartApi } from './cart.api';

const me = (id: string) => ({ user: { id }, rules: [] }) as unknown as MeResponse;
const cartOf = (lines: number) => ({ items: [], itemCount: lines }) as unknown as Cart;

describe('CartApi', () => {
  let api: CartApi;
  let http: HttpTestingController;
  let auth: AuthStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthStore);
    auth.me.set(me('u1'));
    api = TestBed.inject(CartApi);
    http = TestBed.inject(HttpTestingController);
  });

  it('counts the lines of the cart each call leaves behind', async () => {
    const added = api.add('LT-10001', 3);
    http.expectOne({ method: 'POST', url: '/api/cart/items' }).flush(cartOf(2));
    await added;
    expect(api.lineCount()).toBe(2);
  });

  it('counts the cart a project list was moved into', async () => {
    const moved = api.fromProjectList('list-1');
    http
      .expectOne({ method: 'POST', url: '/api/cart/from-project-list/list-1' })
      .flush({ added: 3, skippedEndOfLife: [], cart: cartOf(5) });
    await moved;
    expect(api.lineCount()).toBe(5);
  });

  it("forgets the last user's cart when someone else logs in", async () => {
    const refreshed = api.refresh();
    http.expectOne('/api/cart').flush(cartOf(4));
    await refreshed;
    auth.me.set(me('u2'));
    TestBed.tick();
    expect(api.lineCount()).toBe(0);
  });

  it('keeps the cart when the same user is loaded again (a new tier, a reload of /me)', async () => {
    const refreshed = api.refresh();
    http.expectOne('/api/cart').flush(cartOf(4));
    await refreshed;
    auth.me.set(me('u1'));
    TestBed.tick();
    expect(api.lineCount()).toBe(4);
  });

  it('does not show an answer that arrives after the user logged out', async () => {
    const refreshed = api.refresh();
    auth.me.set(null);
    http.expectOne('/api/cart').flush(cartOf(4));
    await refreshed;
    expect(api.lineCount()).toBe(0);
  });
});
