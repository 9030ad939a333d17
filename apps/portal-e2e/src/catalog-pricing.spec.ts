import { type Browser, type Page, expect, test } from '@playwright/test';
import { loginAs, screenshot } from './support/helpers';

/**
 * Catalog and loyalty pricing: a visitor sees no prices, the gold buyer of Nordlys Elektro sees
 * gold prices in gold, a consultant raises Nordlys to platinum and the buyer's next page shows
 * platinum prices. Nordlys is put back to gold at the end, for the other journeys.
 */
const GOLD = 'rgb(138, 101, 8)'; // --tier-gold
const PLATINUM = 'rgb(91, 107, 127)'; // --tier-platinum

/** Øre from "kr 1 234,50" (nb), so two prices can be compared. */
function ore(text: string): number {
  return Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
}

async function setNordlysTier(browser: Browser, tier: 'gold' | 'platinum', reason: string): Promise<Page> {
  const page = await browser.newPage();
  await loginAs(page, 'consultant@lumen.test');
  await page.goto('/pricing');
  await page.getByTestId('tier-company-search').fill('Nordlys');
  const row = page.locator('[data-testid=tier-companies] li[data-company="Nordlys Elektro AS"]');
  await row.getByRole('button').click();
  await page.locator('#new-tier').selectOption(tier);
  await page.locator('#tier-reason').fill(reason);
  await page.getByTestId('tier-form').locator('button[type=submit]').click();
  await expect(page.getByTestId('tier-changed')).toBeVisible();
  await expect(row.locator('lt-tier-badge [data-tier]')).toHaveAttribute('data-tier', tier);
  return page;
}

test.describe('catalog and loyalty pricing', () => {
  test.afterAll(async ({ browser }) => {
    // Put Nordlys back to gold whatever happened, so the other journeys see gold prices.
    const page = await setNordlysTier(browser, 'gold', 'Tilbake til gull etter testen');
    await page.close();
  });

  test('a visitor browses without prices', async ({ page }) => {
    await page.goto('/catalog?q=downlight');
    const products = page.locator('[data-testid=products] li.product');
    await expect(products.first()).toBeVisible();
    expect(await products.count()).toBe(24);
    await expect(page.getByTestId('visitor-banner')).toContainText('Registrer deg som bedriftskunde for å se priser');
    // Said once, above the results, not again on each of the 24 cards.
    await expect(page.getByText('Registrer deg som bedriftskunde for å se priser')).toHaveCount(1);
    await expect(page.getByTestId('visitor-prices')).toHaveCount(0);
    await expect(page.getByTestId('price')).toHaveCount(0);
    await expect(page.locator('[data-testid=products]')).not.toContainText(/kr\s?\d/);
    await screenshot(page, 'catalog-pricing-visitor-catalog');
    // The category tree filters the list; the product page shows lighting data but no price.
    await page.goto('/catalog');
    await page
      .getByTestId('category-tree')
      .getByRole('link', { name: /Lyskastere/ })
      .click();
    await expect(page).toHaveURL(/category=lyskastere/);
    await expect(products.first()).toContainText('lyskaster');
    await products.first().locator('a.name').click();
    await expect(page.getByTestId('lighting')).toBeVisible();
    await expect(page.getByTestId('stock-status')).not.toBeEmpty();
    await expect(page.getByTestId('price')).toHaveCount(0);
    await expect(page.getByTestId('visitor-prices')).toBeVisible();
    await screenshot(page, 'catalog-pricing-visitor-product');
  });

  test('on a phone the categories and filters wait in a drawer, and the first product is on the first screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/catalog');
    const products = page.locator('[data-testid=products] li.product');
    await expect(products.first()).toBeVisible();
    expect((await products.first().boundingBox())?.y ?? 9999).toBeLessThan(844);
    await expect(page.getByTestId('category-tree')).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'catalog-phone-results-nb-390');
    const button = page.getByTestId('filter-button');
    await button.click();
    const drawer = page.getByRole('dialog', { name: 'Kategorier og filtre' });
    await expect(drawer).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await screenshot(page, 'catalog-phone-drawer-nb-390');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await button.click();
    await drawer.getByRole('link', { name: /Lyskastere/ }).click();
    await expect(page).toHaveURL(/category=lyskastere/);
    await expect(drawer).toBeHidden();
    await expect(products.first()).toContainText('lyskaster');
    await expect(button).toContainText('1'); // one filter in force: the category
    // A filter keeps the drawer open (one may set several); its button shows the products.
    await button.click();
    await drawer.getByLabel('Bare dimbare').check();
    await expect(page).toHaveURL(/dimmable=true/);
    await expect(drawer).toBeVisible();
    await drawer.getByTestId('filter-drawer-show').click();
    await expect(drawer).toBeHidden();
    // On a desktop the same categories are the sidebar again.
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(page.getByTestId('category-tree')).toBeVisible();
    await expect(page.getByTestId('filter-button')).toHaveCount(0);
    await screenshot(page, 'catalog-desktop-sidebar-nb-1440');
  });

  test('the gold buyer sees gold prices, then platinum prices once a consultant raises the company', async ({
    page,
    browser,
  }) => {
    await loginAs(page, 'buyer@nordlys.test');
    await page.goto('/catalog?q=downlight');
    const first = page.locator('[data-testid=products] li.product').first();
    const price = first.getByTestId('price');
    await expect(price).toHaveAttribute('data-tier', 'gold');
    await expect(price).toHaveCSS('color', GOLD);
    await expect(price.locator('lt-tier-badge')).toHaveText(/Gull/i);
    await expect(price).toContainText('eks. mva.');
    await expect(price).toContainText('inkl. mva.');
    const sku = await first.getAttribute('data-sku');
    const goldUnit = ore(await first.getByTestId('unit-price').innerText());
    const goldIncl = ore(await first.getByTestId('unit-price-incl').innerText());
    expect(goldIncl).toBe(goldUnit + Math.round(goldUnit * 0.25));
    await screenshot(page, 'catalog-pricing-gold-catalog');

    // The product page tells a gold customer what platinum would save.
    await first.locator('a.name').click();
    await expect(page.getByTestId('product-sku')).toHaveText(sku ?? '');
    await expect(page.getByTestId('next-tier-hint')).toContainText('platinakunde');
    await screenshot(page, 'catalog-pricing-gold-product');

    const consultant = await setNordlysTier(browser, 'platinum', 'Rammeavtale 2027');
    await screenshot(consultant, 'catalog-pricing-consultant-tier');
    await consultant.close();

    // The buyer's next page, same session: platinum prices in platinum colour.
    await page.goto('/catalog?q=downlight');
    const again = page.locator(`[data-testid=products] li.product[data-sku="${sku}"]`);
    const platinumPrice = again.getByTestId('price');
    await expect(platinumPrice).toHaveAttribute('data-tier', 'platinum');
    await expect(platinumPrice).toHaveCSS('color', PLATINUM);
    await expect(platinumPrice.locator('lt-tier-badge')).toHaveText(/Platina/i);
    const platinumUnit = ore(await again.getByTestId('unit-price').innerText());
    const netPriced = (await platinumPrice.innerText()).includes('Nettopris');
    if (netPriced) expect(platinumUnit).toBe(goldUnit);
    else expect(platinumUnit).toBeLessThan(goldUnit);
    await screenshot(page, 'catalog-pricing-platinum-catalog');
  });
});
