import { expect, test } from '@playwright/test';
import { query } from './support/database';
import { loginAs, logout, screenshot } from './support/helpers';
import { apiCall, emptyCart, shotsAtBothWidths, tokenFor } from './support/shop-api';

/**
 * Partial delivery has one date: a cart with one product in stock and one the supplier sends
 * weeks later. Checkout dates the options as a complete delivery until partial delivery is
 * chosen; then it shows the first shipment's date, and the order placed says the same date.
 */
const DATE = /\d{2}\.\d{2}\.\d{4}/;

test('buyer: partial delivery shows the first shipment’s date at checkout, and the order says the same', async ({
  page,
  request,
}) => {
  const [inStock] = await query<{ sku: string }>(
    `SELECT sku FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock' AND NOT bulky ORDER BY sku LIMIT 1`,
  );
  // Ordered from the supplier on demand: about three weeks out, well after what is in stock.
  const [later] = await query<{ sku: string }>(
    `SELECT sku FROM products WHERE lifecycle = 'active' AND NOT bulky AND stock_status = 'order_from_supplier' ORDER BY sku LIMIT 1`,
  );
  expect(later, 'the demo catalogue orders some products from the supplier (demo-catalog.ts)').toBeDefined();
  const token = await tokenFor(request, 'buyer@nordlys.test');
  await emptyCart(request, token);
  try {
    await apiCall(request, token, 'post', '/api/cart/items', { sku: inStock.sku, quantity: 1 });
    await apiCall(request, token, 'post', '/api/cart/items', { sku: later.sku, quantity: 1 });
    await loginAs(page, 'buyer@nordlys.test');
    await page.goto('/cart/checkout');
    const dates = page.locator('[data-method=standard] [data-testid=option-dates]');
    await expect(dates).toContainText('Sendes');
    const complete = (await dates.innerText()).match(DATE)?.[0];
    await page.getByRole('radio', { name: /Delleveranse/ }).check();
    await expect(dates).toContainText('Første sending');
    const first = (await dates.innerText()).match(DATE)?.[0];
    expect(first).toBeDefined();
    expect(first).not.toBe(complete);
    await shotsAtBothWidths(page, 'checkout-partial-delivery', async () => {
      await page.getByRole('radio', { name: /Delleveranse|Partial delivery/ }).check();
      await expect(dates).toContainText(/Første sending|First shipment/);
    });
    await page.getByRole('radio', { name: /Delleveranse/ }).check();
    await page.getByTestId('place-order').click();
    await expect(page.getByTestId('order-placed')).toBeVisible();
    await expect(page.getByText(`Forventet utsendelse: ${first}`)).toBeVisible();
    await expect(page.getByText('Delleveranse', { exact: true })).toBeVisible();
    await screenshot(page, 'checkout-partial-delivery-order-nb-1440');
    await logout(page);
  } finally {
    await emptyCart(request, token);
  }
});
