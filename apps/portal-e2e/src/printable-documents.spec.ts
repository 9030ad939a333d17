import { type Download, type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loginAs, logout, screenshot } from './support/helpers';

/**
 * The printable offer (PRODUCT.md §13): the buyer downloads a published revision of a quote as a
 * PDF from the quote page, and the consultant the same revision from the desk. Reads only the
 * demo data; changes nothing.
 */

/** Clicks the Download PDF of revision `revision` and answers the file it saved. */
async function downloadRevision(page: Page, revision: number): Promise<Download> {
  const button = page.locator(`[data-path$="/revisions/${revision}.pdf"]`);
  await expect(button).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

async function expectPdf(download: Download, name: RegExp): Promise<void> {
  expect(download.suggestedFilename()).toMatch(name);
  const path = await download.path();
  expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

test('buyer and consultant download a published quote revision as a PDF', async ({ page }) => {
  let quotePath = '';
  let quoteNumber = '';

  await test.step('the buyer downloads the current and an earlier revision from the quote page', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await loginAs(page, 'buyer@nordlys.test');
    await page.goto('/quotes');
    // The demo's accepted quote has two revisions.
    const row = page.getByTestId('quotes').locator('tbody tr', { hasText: 'Akseptert' }).first();
    quoteNumber = (await row.locator('a').first().innerText()).trim();
    await row.locator('a').first().click();
    await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
    quotePath = new URL(page.url()).pathname;
    const current = page.getByTestId('current-offer');
    await expect(current.getByTestId('pdf-download')).toHaveText(/Last ned PDF/);
    await screenshot(page, 'printable-quote-page-1440-nb');
    await expectPdf(await downloadRevision(page, 2), new RegExp(`^tilbud-${quoteNumber}-rev-2\\.pdf$`));
    await page.locator('details summary').first().click();
    await expectPdf(await downloadRevision(page, 1), new RegExp(`^tilbud-${quoteNumber}-rev-1\\.pdf$`));
  });

  await test.step('the button fits the phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('current-offer').getByTestId('pdf-download')).toBeVisible();
    await screenshot(page, 'printable-quote-page-390-nb');
    await page.setViewportSize({ width: 1440, height: 900 });
    await logout(page);
  });

  await test.step('the consultant downloads the same revision from the desk', async () => {
    await loginAs(page, 'consultant@lumen.test');
    await page.goto(`/desk${quotePath}`);
    await expect(page.getByTestId('desk-status')).toBeVisible();
    await screenshot(page, 'printable-desk-quote-1440-nb');
    await expectPdf(await downloadRevision(page, 2), new RegExp(`^tilbud-${quoteNumber}-rev-2\\.pdf$`));
    await logout(page);
  });
});
