import { type APIRequestContext, type Page, expect } from '@playwright/test';
import type { Cart, TokenPair } from '@lumen/shared/contracts';
import { DEMO_PASSWORD, screenshot, setLanguage } from './helpers';

/**
 * Arranging a journey through the API, as the user would through the portal, and the one way
 * a journey screenshots a screen at desktop and phone width in both languages.
 */

/** An access token for a demo login, for arranging and checking through the API. */
export async function tokenFor(request: APIRequestContext, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as TokenPair).accessToken;
}

/** One API call with the token; fails the journey, naming the call, unless it answers 2xx. */
export async function apiCall<T>(
  request: APIRequestContext,
  token: string,
  method: 'get' | 'post' | 'delete',
  path: string,
  data?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await request[method](path, { data, headers: { authorization: `Bearer ${token}`, ...headers } });
  expect(response.ok(), `${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return (await response.json().catch(() => null)) as T;
}

/** Empties a user's cart, so a journey starts from nothing and leaves nothing for the next. */
export async function emptyCart(request: APIRequestContext, token: string): Promise<void> {
  const cart = await apiCall<Cart>(request, token, 'get', '/api/cart');
  for (const item of cart.items) await apiCall(request, token, 'delete', `/api/cart/items/${item.id}`);
}

/**
 * `<name>-<locale>-<width>.png` at 1440 and 390 px wide in nb and en, `ready` awaited before
 * each (the layout changes with the width); back to nb at 1440 afterwards.
 */
export async function shotsAtBothWidths(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  for (const locale of ['nb', 'en'] as const) {
    await page.setViewportSize({ width: 1440, height: 900 });
    await setLanguage(page, locale);
    await ready();
    await screenshot(page, `${name}-${locale}-1440`);
    await page.setViewportSize({ width: 390, height: 844 });
    await ready();
    await screenshot(page, `${name}-${locale}-390`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await setLanguage(page, 'nb');
}
