import { expect, test } from '@playwright/test';
import { query } from './support/database';
import { loginAs, logout, screenshot } from './support/helpers';
import { apiCall, emptyCart, tokenFor } from './support/shop-api';

/**
 * The header of a signed-in buyer: a very long name keeps the header's height (cut with an
 * ellipsis, whole in its title), the project-list icon is a picker of the active list, and the
 * cart icon counts the cart's lines. The buyer's name and cart are put back afterwards.
 */
const LONG_NAME = 'Bjørn-Kristoffer Aleksander Kjøpersen-Løvenskiold de la Fontaine';

test('buyer: a long name keeps the header low; the list picker marks the active list; the cart counts its lines', async ({
  page,
  request,
}) => {
  const [{ name }] = await query<{ name: string }>(`SELECT name FROM users WHERE email = 'buyer@nordlys.test'`);
  const token = await tokenFor(request, 'buyer@nordlys.test');
  await emptyCart(request, token);
  try {
    await loginAs(page, 'buyer@nordlys.test');
    const header = page.locator('lt-header header');
    const heights: Record<number, number> = {};
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      heights[width] = (await header.boundingBox())?.height ?? 0;
    }
    await query(`UPDATE users SET name = $1 WHERE email = 'buyer@nordlys.test'`, [LONG_NAME]);
    await page.reload();
    for (const width of [1440, 1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(page.getByTestId('account-menu')).toHaveAttribute('aria-label', `Kontomeny for ${LONG_NAME}`);
      expect((await header.boundingBox())?.height).toBe(heights[width === 1280 ? 1440 : width]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `header-long-name-nb-${width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(page.getByTestId('account-menu').locator('.name')).toHaveAttribute('title', LONG_NAME);

    // The list picker: the active list named on the button, checked in the menu; picking another.
    const picker = page.getByTestId('project-lists-icon');
    await picker.click();
    const menu = page.getByRole('menu');
    const lists = menu.getByRole('menuitemradio');
    expect(await lists.count()).toBeGreaterThan(1);
    await expect(menu.getByRole('menuitemradio', { checked: true })).toHaveCount(1);
    await expect(menu.getByRole('menuitem', { name: 'Alle prosjektlister' })).toHaveAttribute('href', '/project-lists');
    const other = menu.getByRole('menuitemradio', { checked: false }).first();
    const otherName = (await other.locator('.name').innerText()).trim();
    await screenshot(page, 'header-list-picker-nb-1440');
    await other.click();
    await expect(page).toHaveURL(/\/project-lists\/[0-9a-f-]+$/);
    await expect(picker).toHaveAttribute('aria-label', `Prosjektlister, aktiv liste: ${otherName}`);
    await picker.click();
    await expect(menu.getByRole('menuitemradio', { checked: true })).toContainText(otherName);
    await page.keyboard.press('Escape');

    // The cart icon counts lines, and says so to a screen reader.
    const cart = page.getByTestId('cart-icon');
    await expect(page.getByTestId('cart-count')).toHaveCount(0);
    const [product] = await query<{ sku: string }>(
      `SELECT sku FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock' ORDER BY sku LIMIT 1`,
    );
    await apiCall(request, token, 'post', '/api/cart/items', { sku: product.sku, quantity: 2 });
    await page.reload();
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await expect(cart).toHaveAttribute('aria-label', 'Handlekurv, varelinjer: 1');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('cart-count')).toBeVisible();
    // Every icon with its count still fits a phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('account-menu').click();
    await expect(page.getByRole('menu').locator('lt-tier-badge')).toBeVisible();
    await screenshot(page, 'header-cart-count-nb-390');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });
    await logout(page);
  } finally {
    await query(`UPDATE users SET name = $1 WHERE email = 'buyer@nordlys.test'`, [name]);
    await emptyCart(request, token);
  }
});
