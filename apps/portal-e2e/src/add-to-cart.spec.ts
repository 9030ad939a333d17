import { type APIRequestContext, expect, test } from '@playwright/test';
import type { ProductPage, ProductSummary } from '@lumen/shared/contracts';
import { loginAs, logout, screenshot, setLanguage } from './support/helpers';
import { apiCall, emptyCart, shotsAtBothWidths, tokenFor } from './support/shop-api';

/**
 * Add to cart: the buyer of Nordlys puts a product in the cart from its catalog card (Enter in
 * the quantity field) and a bulky one from its product page (the + of the stepper); the header
 * counts the lines; the toast leads to the cart; the checkout shows shipping, VAT and the total,
 * asks how the bulky goods get in and places the order. Visitors and staff see no button.
 * The buyer's cart is emptied first, and ordered empty at the end.
 */

const BUYER = 'buyer@nordlys.test';

async function orderable(request: APIRequestContext, token: string, query: string): Promise<ProductSummary[]> {
  const page = await apiCall<ProductPage>(
    request,
    token,
    'get',
    `/api/products?stockStatus=in_stock&includeEndOfLife=false&pageSize=100&sort=sku${query}`,
  );
  return page.items.filter((product) => product.lifecycle === 'active');
}

test('visitors and staff see no "add to cart"', async ({ page }) => {
  await page.goto('/catalog');
  await expect(page.locator('[data-testid=products] li.product').first()).toBeVisible();
  await expect(page.getByTestId('cart-add')).toHaveCount(0);
  await loginAs(page, 'consultant@lumen.test');
  await page.goto('/catalog');
  await expect(page.locator('[data-testid=products] li.product').first()).toBeVisible();
  await expect(page.getByTestId('price').first()).toBeVisible();
  await expect(page.getByTestId('cart-add')).toHaveCount(0);
  await expect(page.getByTestId('cart-icon')).toHaveCount(0);
  await logout(page);
});

test('buyer: adds from a catalog card and from a product page, the header counts, goes to the cart and checks out', async ({
  page,
  request,
}) => {
  const token = await tokenFor(request, BUYER);
  await emptyCart(request, token);
  const [small] = (await orderable(request, token, '')).filter((product) => !product.bulky);
  const [bulky] = (await orderable(request, token, '&category=lyskastere')).filter((product) => product.bulky);
  expect(small, 'an orderable product that is not bulky').toBeDefined();
  expect(bulky, 'an orderable bulky product').toBeDefined();

  await page.setViewportSize({ width: 1440, height: 900 });
  await loginAs(page, BUYER);
  await expect(page.getByTestId('cart-icon')).toBeVisible();
  await expect(page.getByTestId('cart-count')).toHaveCount(0);

  await test.step('from a catalog card: a quantity and Enter', async () => {
    await page.goto(`/catalog?q=${small.sku}`);
    const card = page.locator(`[data-testid=products] li.product[data-sku="${small.sku}"]`);
    const quantity = card.getByTestId('cart-add-quantity');
    await quantity.fill('3');
    await quantity.press('Enter');
    const toast = page.getByTestId('cart-toast');
    await expect(toast).toContainText(`3 × ${small.name} er lagt i handlekurven`);
    await expect(page.getByTestId('cart-count')).toHaveText('1');
    await expect(quantity).toHaveValue('1');
    await screenshot(page, 'add-to-cart-card-toast-nb-1440');
  });

  await test.step('from the product page: the stepper, then the button', async () => {
    await page.goto(`/catalog/${bulky.sku}`);
    await expect(page.getByTestId('product-sku')).toHaveText(bulky.sku);
    await page.getByTestId('cart-add-more').click();
    await expect(page.getByTestId('cart-add-quantity')).toHaveValue('2');
    await page.getByTestId('cart-add').click();
    await expect(page.getByTestId('cart-toast')).toContainText(`2 × ${bulky.name}`);
    await expect(page.getByTestId('cart-count')).toHaveText('2');
    await screenshot(page, 'add-to-cart-product-toast-nb-1440');
    // On a phone and in English: the same product again raises its line, not the count.
    await page.setViewportSize({ width: 390, height: 844 });
    await setLanguage(page, 'en');
    await page.getByTestId('cart-add').click();
    await expect(page.getByTestId('cart-toast')).toContainText(`1 × ${bulky.name} added to your cart`);
    await expect(page.getByTestId('cart-count')).toHaveText('2');
    await screenshot(page, 'add-to-cart-product-toast-en-390');
    await page.setViewportSize({ width: 1440, height: 900 });
    await setLanguage(page, 'nb');
  });

  await test.step('the screens at both widths, in both languages', async () => {
    await page.goto(`/catalog?q=${small.sku.slice(0, -1)}`);
    const cards = page.locator('[data-testid=products] li.product');
    await shotsAtBothWidths(page, 'add-to-cart-catalog', () =>
      expect(cards.first().getByTestId('cart-add')).toBeVisible(),
    );
    await page.goto(`/catalog/${bulky.sku}`);
    await shotsAtBothWidths(page, 'add-to-cart-product', () => expect(page.getByTestId('cart-add')).toBeVisible());
  });

  await test.step('the toast leads to the cart', async () => {
    await page.getByTestId('cart-add').click();
    await page.getByTestId('cart-toast-go').click();
    await expect(page).toHaveURL(/\/cart$/);
    await expect(page.getByTestId('cart-toast')).toHaveCount(0);
    const lines = page.getByTestId('cart-lines');
    await expect(lines.locator(`tr[data-sku="${small.sku}"] input`)).toHaveValue('3');
    await expect(lines.locator(`tr[data-sku="${bulky.sku}"] input`)).toHaveValue('4');
    await shotsAtBothWidths(page, 'add-to-cart-cart', () => expect(page.getByTestId('cart-gross')).toBeVisible());
  });

  await test.step('checks out: shipping, VAT and total shown, access for the bulky goods asked', async () => {
    await page.getByTestId('go-checkout').click();
    const summary = page.getByTestId('checkout-summary');
    await expect(summary.getByTestId('summary-shipping')).toContainText('kr');
    await expect(summary.getByTestId('summary-vat')).toContainText('kr');
    await expect(summary.getByTestId('summary-total')).toContainText('kr');
    const access = page.getByTestId('delivery-access');
    await expect(access).toBeVisible();
    await page.getByTestId('place-order').click();
    await expect(access.getByRole('alert')).toHaveText('Velg hvordan varene kommer fram.');
    await expect(page).toHaveURL(/\/cart\/checkout/);
    await page.getByTestId('access-carrying_help').check();
    await page.getByTestId('access-note').fill('Portkode 4711, andre etasje');
    await shotsAtBothWidths(page, 'add-to-cart-checkout', () =>
      expect(summary.getByTestId('summary-total')).toBeVisible(),
    );
    await page.getByTestId('place-order').click();
    await expect(page.getByTestId('order-placed')).toBeVisible();
    await expect(page.getByTestId('cart-count')).toHaveCount(0);
    await screenshot(page, 'add-to-cart-confirmation-nb-1440');
  });
  await logout(page);
});
