import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { query } from './support/database';
import { loginAs, logout, screenshot, setLanguage } from './support/helpers';

/**
 * Quick order to order history: the purchaser uploads a CSV with good, unknown and
 * end-of-life lines, reads the report, takes the replacement, adds to the cart, checks out
 * with a desired delivery date from the calendar and finds the order in the history. Then the
 * buyer orders an accepted quote at its prices.
 */

test('purchaser: CSV with good, unknown and end-of-life lines → report → replacement → cart → checkout with a date → history', async ({
  page,
}) => {
  const good = await query<{ sku: string }>(
    `SELECT sku FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock' AND NOT bulky ORDER BY sku LIMIT 2`,
  );
  const [eol] = await query<{ sku: string; replacement_sku: string }>(
    `SELECT p.sku, p.replacement_sku FROM products p JOIN products r ON r.sku = p.replacement_sku
     WHERE p.lifecycle = 'end_of_life' AND r.lifecycle = 'active' ORDER BY p.sku LIMIT 1`,
  );
  const unknown = `${good[0].sku.slice(0, -1)}Q`;
  const csv =
    '\ufeffArtikkelnummer;Antall\r\n' +
    `${good[0].sku};4\r\n` +
    `${unknown};1\r\n` +
    `${eol.sku};2\r\n` +
    `${good[1].sku};1,5\r\n` +
    `${good[0].sku.toLowerCase()};1\r\n`;

  await test.step('the purchaser uploads the CSV and reads the report', async () => {
    await loginAs(page, 'purchaser@nordlys.test');
    await page.goto('/quick-order');
    await page.getByTestId('csv-file').setInputFiles({ name: 'bestilling.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = page.getByTestId('quick-order-report');
    await expect(report).toBeVisible();
    await expect(page.getByTestId('report-summary')).toContainText('Linjer: 5 – 2 ok, 1 ukjente, 1 ugyldig antall, 1 utgått');
    await expect(report.locator('tr[data-line="3"]')).toHaveAttribute('data-status', 'unknown_sku');
    await expect(report.locator('tr[data-line="4"]')).toHaveAttribute('data-status', 'end_of_life');
    await expect(report.locator('tr[data-line="5"]')).toContainText('ikke et helt tall');
    await expect(report.locator('tr[data-line="2"]')).toContainText('sum 5');
    await expect(report.locator('tr[data-line="6"]')).toContainText('lagt sammen med linje 2');
    await expect(report.locator('tr[data-line="2"] .price')).toContainText('kr');
    // One product is orderable (line 6 is summed into line 2).
    await expect(page.getByTestId('add-to-cart')).toContainText('(1)');
    await screenshot(page, 'quick-order-report-nb');
  });

  await test.step('downloads the whole report as CSV', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()]);
    expect(download.suggestedFilename()).toBe('quick-order-report.csv');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toContain(unknown);
    expect(text).toContain(eol.sku);
  });

  await test.step('takes the replacement and adds the valid lines to the cart', async () => {
    await page.getByTestId('take-replacement-4').click();
    await expect(page.locator('tr[data-line="4"]')).toContainText(`Erstattet med ${eol.replacement_sku}`);
    await expect(page.getByTestId('add-to-cart')).toContainText('(2)');
    // Only the problems: a page of its own from the stored check; what was taken stays.
    await page.getByTestId('report-view').selectOption('problems');
    const report = page.getByTestId('quick-order-report');
    await expect(report.locator('tbody tr')).toHaveCount(3);
    await expect(report.locator('tr[data-line="2"]')).toHaveCount(0);
    await expect(report.locator('tr[data-line="4"]')).toContainText(`Erstattet med ${eol.replacement_sku}`);
    await expect(page.getByTestId('report-summary')).toContainText('Linjer: 5 – 2 ok');
    await expect(page.getByTestId('add-to-cart')).toContainText('(2)');
    await page.getByTestId('add-to-cart').click();
    await expect(page.locator('.alert-success')).toContainText('2 varer lagt i handlekurven');
    await expect(page.getByTestId('cart-count')).toHaveText('2');
    await page.getByTestId('go-to-cart').click();
    const lines = page.getByTestId('cart-lines');
    await expect(lines.locator(`tr[data-sku="${good[0].sku}"] input`)).toHaveValue('5');
    await expect(lines.locator(`tr[data-sku="${eol.replacement_sku}"] input`)).toHaveValue('2');
    await expect(page.getByTestId('cart-gross')).toContainText('kr');
    await screenshot(page, 'quick-order-cart-nb');
  });

  let orderNumber = '';
  await test.step('checks out with a desired date from the calendar', async () => {
    await page.getByTestId('go-checkout').click();
    await expect(page.locator('[data-method="standard"]')).toBeVisible();
    await page.getByTestId('mode-date').check();
    const calendar = page.getByTestId('delivery-calendar');
    await expect(calendar).toBeVisible();
    // The first selectable day is a business day (weekends and holidays are disabled).
    const firstOpen = calendar.locator('button.day:not([disabled])').first();
    const date = await firstOpen.getAttribute('data-date');
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    expect(weekday).toBeGreaterThanOrEqual(1);
    expect(weekday).toBeLessThanOrEqual(5);
    await firstOpen.click();
    const [y, m, d] = (date ?? '').split('-');
    await expect(page.getByTestId('chosen-date')).toContainText(`${d}.${m}.${y}`);
    await page.getByTestId('po-reference').fill('PO-E2E-1');
    await screenshot(page, 'quick-order-checkout-nb');
    await page.getByTestId('place-order').click();
    await expect(page.getByTestId('order-placed')).toBeVisible();
    await expect(page.getByTestId('desired-date')).toContainText(`${d}.${m}.${y}`);
    orderNumber = ((await page.getByTestId('order-number').textContent()) ?? '').replace(/\D/g, '');
    await screenshot(page, 'quick-order-confirmation-nb');
  });

  await test.step('finds the order in the history, in both languages', async () => {
    await page.getByRole('link', { name: 'Ordrer' }).first().click();
    const row = page.getByTestId('order-history').locator(`tr[data-order="${orderNumber}"]`);
    await expect(row).toContainText('PO-E2E-1');
    await expect(row).toContainText('Mottatt');
    await screenshot(page, 'quick-order-history-nb');
    await setLanguage(page, 'en');
    await expect(row).toContainText('Received');
    await screenshot(page, 'quick-order-history-en');
    await row.locator('a').click();
    await expect(page.getByTestId('order-lines')).toContainText(good[0].sku);
    await screenshot(page, 'quick-order-order-en');
    await page.goto('/quick-order');
    // The article-number field is a combobox: name, price and stock per option, arrows and Enter.
    const combobox = page.getByRole('combobox', { name: 'Article number 1' });
    await combobox.fill(good[0].sku);
    const listbox = page.getByRole('listbox', { name: 'Article number 1' });
    await expect(listbox.locator(`[role="option"][data-sku="${good[0].sku}"]`)).toContainText('In stock');
    await expect(listbox.locator(`[data-sku="${good[0].sku}"]`)).toContainText('NOK');
    await combobox.press('ArrowDown');
    const activeId = await combobox.getAttribute('aria-activedescendant');
    const activeSku = await page.locator(`[id="${activeId}"]`).getAttribute('data-sku');
    await screenshot(page, 'quick-order-combobox-en');
    await combobox.press('Enter');
    await expect(combobox).toHaveValue(activeSku ?? '');
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await combobox.fill(good[0].sku);
    await combobox.press('Escape');
    await page.getByTestId('row-qty-0').fill('3');
    // A number a digit short of any article number still gets the nearest ones suggested.
    await page.getByTestId('row-sku-1').fill('LT-9999');
    await page.getByTestId('row-qty-1').fill('1');
    await page.getByTestId('check-rows').click();
    await expect(page.getByTestId('report-summary')).toContainText('Lines: 2 – 1 ok, 1 unknown');
    await expect(page.locator('tr[data-status="unknown_sku"]')).toContainText('Use LT-1');
    await screenshot(page, 'quick-order-rows-en');
    await setLanguage(page, 'nb');
    await logout(page);
  });
});

test('purchaser: a long file opens on its problems, a page at a time', async ({ page }) => {
  const [good] = await query<{ sku: string }>(
    `SELECT sku FROM products WHERE lifecycle = 'active' AND stock_status = 'in_stock' AND NOT bulky ORDER BY sku LIMIT 1`,
  );
  // 120 good lines (one SKU, summed) and 130 unknown ones: more than a page of problems.
  let csv = 'sku;antall\r\n';
  for (let i = 0; i < 250; i++) csv += i % 2 === 0 && i < 240 ? `${good.sku};1\r\n` : `ZZ-NOPE-${i};1\r\n`;
  await loginAs(page, 'purchaser@nordlys.test');
  await page.goto('/quick-order');
  await page.getByTestId('csv-file').setInputFiles({ name: 'lang.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const report = page.getByTestId('quick-order-report');
  await expect(page.getByTestId('report-summary')).toContainText('Linjer: 250 – 120 ok, 130 ukjente');
  await expect(page.getByTestId('report-view')).toHaveValue('problems');
  await expect(report.locator('tbody tr[data-status="unknown_sku"]')).toHaveCount(100);
  await expect(report.locator('tbody tr[data-status="ok"]')).toHaveCount(0);
  await expect(report.locator('.pager')).toContainText('Side 1 av 2');
  await expect(page.getByTestId('add-to-cart')).toContainText('(1)');
  await screenshot(page, 'quick-order-problems-nb');
  await report.locator('.pager').getByRole('button', { name: 'Neste' }).click();
  await expect(report.locator('.pager')).toContainText('Side 2 av 2');
  await expect(report.locator('tbody tr[data-status="unknown_sku"]')).toHaveCount(30);
  await expect(page.getByTestId('report-range')).toContainText('101–130 av 130');
  await page.getByTestId('report-view').selectOption('all');
  await expect(report.locator('.pager')).toContainText('Side 1 av 3');
  await expect(report.locator('tbody tr')).toHaveCount(100);
  await expect(report.locator('tr[data-line="2"]')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('report-summary')).toContainText('Linjer: 250 – 120 ok, 130 ukjente');
  // A page that is slow to come says it is loading.
  const checkPages = (url: URL) => url.pathname.startsWith('/api/quick-order/checks/');
  await page.route(checkPages, async (route) => {
    await new Promise((done) => setTimeout(done, 800));
    await route.continue();
  });
  await report.locator('.pager').getByRole('button', { name: 'Neste' }).click();
  await expect(page.getByTestId('report-loading')).toBeVisible();
  await expect(report.locator('.pager')).toContainText('Side 2 av 3');
  await expect(page.getByTestId('report-loading')).toHaveCount(0);
  await page.unroute(checkPages);
  // A check is kept for 24 hours; once it is gone the page asks for a new check.
  const checkId = await report.getAttribute('data-check');
  await query(`UPDATE quick_order_checks SET expires_at = now() - interval '1 minute' WHERE id = '${checkId}'`);
  await report.locator('.pager').getByRole('button', { name: 'Neste' }).click();
  await expect(page.locator('.alert-error')).toContainText('Sjekk filen eller radene på nytt');
  await expect(report).toHaveCount(0);
  await screenshot(page, 'quick-order-expired-nb');
  await logout(page);
});

test('buyer: checks out an accepted quote at its prices, once', async ({ page }) => {
  const [quote] = await query<{ id: string; accepted_revision: number }>(
    `SELECT q.id, q.accepted_revision FROM quotes q JOIN companies c ON c.id = q.company_id
     WHERE c.name = 'Nordlys Elektro AS' AND q.status = 'accepted'
       AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.quote_id = q.id)
     ORDER BY q.accepted_at DESC LIMIT 1`,
  );
  test.skip(!quote, 'the demo data has no accepted quote left to order');
  const lines = await query<{ sku: string; quantity: number; unit_price_ore: string }>(
    `SELECT l.sku, l.quantity, l.unit_price_ore FROM quote_revision_lines l
     JOIN quote_revisions r ON r.id = l.revision_id
     WHERE r.quote_id = '${quote.id}' AND r.number = ${quote.accepted_revision} ORDER BY l.position`,
  );
  await loginAs(page, 'buyer@nordlys.test');
  await page.goto(`/quotes/${quote.id}`);
  await page.getByTestId('quote-checkout-link').click();
  await expect(page.getByTestId('quote-checkout')).toContainText(`revisjon ${quote.accepted_revision}`);
  await expect(page.getByTestId('checkout-summary').locator('li')).toHaveCount(lines.length);
  await screenshot(page, 'quick-order-quote-checkout-nb');
  // The demo quote has bulky lines: the checkout asks how they get in.
  await page.getByTestId('access-street_level').check();
  await page.getByTestId('place-order').click();
  await expect(page.getByTestId('order-placed')).toBeVisible();
  const orderLines = page.getByTestId('order-lines');
  for (const line of lines) {
    const unit = (Number(line.unit_price_ore) / 100).toLocaleString('nb-NO', { minimumFractionDigits: 2 }).replace(/\s/g, '\u00a0');
    await expect(orderLines.locator(`tr[data-sku="${line.sku}"]`)).toContainText(unit);
  }
  await screenshot(page, 'quick-order-quote-order-nb');
  // The same quote cannot be ordered twice.
  await page.goto(`/cart/checkout?quote=${quote.id}`);
  await page.getByTestId('access-street_level').check();
  await page.getByTestId('place-order').click();
  await expect(page.locator('.alert-error')).toContainText('allerede bestilt');
});
