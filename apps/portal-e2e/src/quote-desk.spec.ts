import { type Page, expect, test } from '@playwright/test';
import { loginAs, logout, screenshot, setLanguage, uniqueSuffix } from './support/helpers';
import { shotsAtBothWidths } from './support/shop-api';

/**
 * The 24-hour quote desk, end to end: the buyer builds a project list from the catalog and
 * requests a quote; the consultant finds it in the queue with the time left, prices it and
 * publishes; the buyer comments; the consultant publishes revision 2; the buyer sees what
 * changed highlighted and accepts.
 */

test.beforeEach(({ page }) => {
  // Accepting and similar steps ask "are you sure?" first.
  page.on('dialog', (dialog) => void dialog.accept());
});

/** Opens the n-th product of a catalog search and adds it to a list (a new one when `newList` is given). */
async function addFromCatalog(
  page: Page,
  search: string,
  index: number,
  list: { newList?: string; existing?: string },
) {
  await page.goto(`/catalog?q=${encodeURIComponent(search)}`);
  const product = page.getByTestId('products').locator('a.name').nth(index);
  await product.click();
  await expect(page.getByTestId('add-to-list')).toBeVisible();
  const sku = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await page.getByTestId('add-to-list').click();
  if (list.newList) {
    await page.getByTestId('add-to-list-choice').selectOption({ label: 'Ny liste …' });
    await page.getByTestId('add-to-list-name').fill(list.newList);
  } else if (list.existing) {
    await page.getByTestId('add-to-list-choice').selectOption({ label: list.existing });
  }
  await page.getByTestId('add-to-list-confirm').click();
  await expect(page.locator('lt-add-to-project-list .alert-success')).toContainText('Lagt til i');
  return sku;
}

test('buyer requests a quote, consultant answers twice, buyer sees the changes and accepts', async ({ page }) => {
  const listName = `Skole Tromsø ${uniqueSuffix()}`;
  let quotePath = '';
  let quoteNumber = '';
  let skus: string[] = [];

  await test.step('the buyer builds a project list from the catalog', async () => {
    await loginAs(page, 'buyer@nordlys.test');
    skus = [
      await addFromCatalog(page, 'downlight', 0, { newList: listName }),
      await addFromCatalog(page, 'driver', 0, { existing: listName }),
    ];
    await page.getByTestId('project-lists-icon').click();
    await expect(page.getByRole('menu')).toContainText(listName);
    await screenshot(page, 'quote-desk-header-lists-nb');
    // The header picks the active list; the list itself opens from the lists page.
    await page.getByRole('menu').getByRole('menuitem', { name: 'Alle prosjektlister' }).click();
    await page.getByRole('main').getByRole('link', { name: listName }).click();
    await expect(page.getByTestId('list-name')).toHaveText(listName);
    await expect(page.getByTestId('list-lines').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('list-total')).toContainText('kr');
    await screenshot(page, 'quote-desk-list-nb');
  });

  await test.step('the buyer requests a quote with a message', async () => {
    await page.locator('#quote-message').fill('Trenger pris for 2 etasjer.');
    await page.getByTestId('request-quote').click();
    await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
    quotePath = new URL(page.url()).pathname;
    await expect(page.getByTestId('quote-status')).toHaveText('Forespurt');
    await expect(page.getByTestId('quote-clock')).toContainText('igjen');
    quoteNumber = ((await page.locator('h1').textContent()) ?? '').split('·')[0].trim();
    expect(quoteNumber).toMatch(/^Q-\d{6}$/);
    await screenshot(page, 'quote-desk-requested-nb');
    await logout(page);
  });

  const deskRow = () => page.getByTestId('desk-queue').locator(`tr[data-quote="${quoteNumber}"]`);

  await test.step('the consultant sees it in the queue with time left, claims, prices and publishes', async () => {
    await loginAs(page, 'consultant@lumen.test');
    await page.goto('/desk');
    await expect(deskRow()).toBeVisible();
    await expect(deskRow().getByTestId('quote-clock')).toContainText(/2[34] t \d\d min igjen/);
    await expect(page.getByTestId('desk-metrics')).toBeVisible();
    // What the request is worth at the buyer's prices; no customer comment is waiting yet.
    await expect(deskRow().getByTestId('quote-value')).toHaveText(/^\s*kr\s[\d\s]+,\d\d\s*$/);
    await expect(deskRow().getByTestId('new-comments')).toHaveCount(0);
    await screenshot(page, 'quote-desk-queue-nb');
    await setLanguage(page, 'en');
    await expect(deskRow().getByTestId('quote-clock')).toContainText(/2[34] h \d\d min left/);
    await screenshot(page, 'quote-desk-queue-en');
    await setLanguage(page, 'nb');
    await deskRow().getByRole('link', { name: quoteNumber }).click();
    await page.getByTestId('claim').click();
    await expect(page.getByTestId('desk-status')).toHaveText('Under arbeid');
    const first = page.getByTestId('draft-lines').locator(`tr[data-sku="${skus[0]}"]`);
    await first.getByTestId('pricing-mode').selectOption('discount');
    await first.getByTestId('pricing-value').fill('20');
    await page.getByTestId('draft-message').fill('Prosjektpris for skolen.');
    await page.getByTestId('save-draft').click();
    await expect(first.locator('td').nth(7)).not.toHaveText('');
    await screenshot(page, 'quote-desk-editor-nb');
    await page.getByTestId('publish').click();
    await expect(page.getByTestId('desk-status')).toHaveText('Besvart');
    await logout(page);
  });

  await test.step('the buyer reads the offer and asks for a change in the thread', async () => {
    await loginAs(page, 'buyer@nordlys.test');
    await page.goto(quotePath);
    await expect(page.getByTestId('quote-status')).toHaveText('Besvart');
    await expect(page.getByTestId('current-offer')).toContainText('Revisjon 1');
    await page.getByTestId('comment-body').fill('Kan vi få 10 flere av den andre linjen og litt bedre pris?');
    await page.getByTestId('comment-send').click();
    await expect(page.getByTestId('quote-status')).toHaveText('Endring ønsket');
    await expect(page.getByTestId('quote-thread')).toContainText('10 flere');
    await expect(page.getByTestId('quote-clock')).toContainText('igjen');
    await logout(page);
  });

  await test.step('the consultant publishes revision 2', async () => {
    await loginAs(page, 'consultant@lumen.test');
    await page.goto('/desk');
    await expect(deskRow()).toContainText('Endring ønsket');
    await expect(deskRow().getByTestId('new-comments')).toHaveText('Nytt: 1');
    await shotsAtBothWidths(page, 'quote-desk-queue-new-comment', () => expect(deskRow()).toBeVisible());
    await deskRow().getByRole('link', { name: quoteNumber }).click();
    const first = page.getByTestId('draft-lines').locator(`tr[data-sku="${skus[0]}"]`);
    const second = page.getByTestId('draft-lines').locator(`tr[data-sku="${skus[1]}"]`);
    await first.getByTestId('pricing-value').fill('25');
    const quantity = second.getByRole('spinbutton');
    const current = Number(await quantity.inputValue());
    await quantity.fill(String(current + 10));
    await page.getByTestId('comment-body').fill('Revisjon 2: 25 % og 10 flere.');
    await page.getByTestId('comment-send').click();
    await expect(page.getByTestId('quote-thread')).toContainText('Revisjon 2');
    await screenshot(page, 'quote-desk-editor-revision2-nb');
    await page.getByTestId('publish').click();
    await expect(page.getByTestId('desk-status')).toHaveText('Besvart');
    await expect(page.locator('.alert-success')).toContainText('Revisjon 2 er publisert');
    // The consultant's answer clears the mark in the queue.
    await page.goto('/desk');
    await page.getByTestId('desk-filter').selectOption('all');
    await expect(deskRow().getByTestId('new-comments')).toHaveCount(0);
    await logout(page);
  });

  await test.step('the buyer sees the changes highlighted and accepts', async () => {
    await loginAs(page, 'buyer@nordlys.test');
    await page.goto(quotePath);
    const offer = page.getByTestId('current-offer');
    await expect(offer).toContainText('Revisjon 2');
    await expect(offer.locator(`tr[data-sku="${skus[0]}"] td[data-changed]`)).toHaveCount(1);
    await expect(offer.locator(`tr[data-sku="${skus[1]}"] td[data-changed]`)).toHaveCount(1);
    await expect(offer.locator(`tr[data-sku="${skus[0]}"]`)).toContainText('var kr');
    await screenshot(page, 'quote-desk-revision2-nb');
    await setLanguage(page, 'en');
    await expect(offer).toContainText('Revision 2');
    await expect(offer.locator(`tr[data-sku="${skus[0]}"]`)).toContainText('was NOK');
    await screenshot(page, 'quote-desk-revision2-en');
    await page.getByTestId('accept').click();
    await expect(page.getByTestId('quote-status')).toHaveText('Accepted');
    await expect(page.locator('.alert-success')).toContainText('revision 2');
    await screenshot(page, 'quote-desk-accepted-en');
    await setLanguage(page, 'nb');
  });
});
