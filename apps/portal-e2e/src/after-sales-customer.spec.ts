import { type Download, type Locator, type Page, expect, test } from '@playwright/test';
import type {
  CompanyAddress,
  OrderAfterSales,
  OrderDeskDetail,
  OrderDetail,
  ProductPage,
  ReturnDetail,
} from '@lumen/shared/contracts';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import { loginAs, logout, uniqueSuffix } from './support/helpers';
import { apiCall, emptyCart, shotsAtBothWidths, tokenFor } from './support/shop-api';

/**
 * After-sales as the customer lives it: the buyer cancels a line of a fresh order, returns part
 * of a delivered line and downloads the return label; staff receive and inspect the parcel
 * (through the API: the staff screens have their own journey) and the credit note appears on
 * the return and among the invoices; a purchaser files a warranty claim with a photo; the buyer
 * opens a case with an attachment. The order is placed and shipped through the API.
 */

const BUYER = 'buyer@nordlys.test';
const PURCHASER = 'purchaser@nordlys.test';

/** A small solid-colour PNG, made here so the journey needs no fixture file. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function pdfText(download: Download): Promise<string> {
  return download.path().then((path) => {
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: bytes }).toString('utf8');
  });
}

/** The picture is drawn, not a broken-image icon (a blocked or bad URL is still "visible"). */
async function expectImageShown(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
}

/** Nothing on the page is wider than the window (a phone must never scroll sideways). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('buyer cancels and returns, staff credit the return; purchaser claims warranty; buyer opens a case', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const buyerToken = await tokenFor(request, BUYER);
  await emptyCart(request, buyerToken);
  const products = await apiCall<ProductPage>(
    request,
    buyerToken,
    'get',
    '/api/products?stockStatus=in_stock&includeEndOfLife=false&pageSize=40&sort=sku',
  );
  const [kept, cancelled] = products.items.filter((product) => !product.bulky && product.lifecycle === 'active');
  await apiCall(request, buyerToken, 'post', '/api/cart/items', { sku: kept.sku, quantity: 3 });
  await apiCall(request, buyerToken, 'post', '/api/cart/items', { sku: cancelled.sku, quantity: 2 });
  const addresses = await apiCall<CompanyAddress[]>(request, buyerToken, 'get', '/api/company/addresses');
  const delivery = addresses.find((address) => address.kind === 'delivery');
  const reference = `PO-AS-${uniqueSuffix()}`;
  const order = await apiCall<OrderDetail>(
    request,
    buyerToken,
    'post',
    '/api/orders',
    {
      deliveryAddressId: delivery?.id,
      shippingMethod: 'standard',
      partialDelivery: true,
      purchaseOrderReference: reference,
    },
    { 'Idempotency-Key': randomUUID() },
  );
  const keptLine = order.lines.find((line) => line.sku === kept.sku);
  if (!keptLine) throw new Error('the order lost a line');
  const staffToken = await tokenFor(request, 'consultant@lumen.test');
  const panel = page.getByTestId('order-after-sales');
  const lineRow = (sku: string) => page.getByTestId('after-sales-lines').locator(`tr[data-sku="${sku}"]`).first();
  let returnId = '';
  let rmaNumber = '';
  let labelPath = '';

  await test.step('the buyer cancels a line that is not yet in preparation: at once', async () => {
    await loginAs(page, BUYER);
    await page.goto(`/orders/${order.id}`);
    await expect(lineRow(cancelled.sku).getByTestId('return-line')).toHaveCount(0);
    await lineRow(cancelled.sku).getByTestId('cancel-line').click();
    const form = page.getByTestId('cancel-form');
    await expect(form).toContainText('gjelder med én gang');
    await expect(form.getByTestId('cancel-quantity')).toHaveValue('2');
    await expect(form.getByTestId('cancel-quantity')).toHaveAttribute('max', '2');
    await shotsAtBothWidths(page, 'after-sales-customer-cancel', async () => {
      await expect(form).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await form.getByTestId('submit-cancel').click();
    await expect(page.getByTestId('after-sales-notice')).toContainText(`2 av ${cancelled.sku} er avbestilt`);
    const row = page.getByTestId('order-cancellations').locator(`tr[data-sku="${cancelled.sku}"]`);
    await expect(row).toHaveAttribute('data-status', 'cancelled');
    await expect(row).toContainText('Avbestilt');
    await expect(lineRow(cancelled.sku)).toHaveCount(0);
    await logout(page);
  });

  await test.step('staff confirm, prepare, ship and deliver the rest (through the API)', async () => {
    await apiCall(request, staffToken, 'post', `/api/staff/orders/${order.id}/confirm`);
    await apiCall(request, staffToken, 'post', `/api/staff/orders/${order.id}/prepare`);
    const shipped = await apiCall<OrderDeskDetail>(
      request,
      staffToken,
      'post',
      `/api/staff/orders/${order.id}/shipments`,
      { carrier: 'bring', trackingNumber: `AS${Date.now()}NO`, lines: [{ orderLineId: keptLine.id, quantity: 3 }] },
    );
    const [shipment] = shipped.shipments;
    await apiCall(request, staffToken, 'post', `/api/staff/shipments/${shipment.id}/delivered`);
    const view = await apiCall<OrderAfterSales>(request, buyerToken, 'get', `/api/orders/${order.id}/after-sales`);
    expect(view.returnOpenUntil).not.toBeNull();
  });

  await test.step('the buyer returns two of the three delivered, by the date shown, and downloads the label', async () => {
    await loginAs(page, BUYER);
    await page.goto(`/orders/${order.id}`);
    await expect(panel.getByTestId('return-window')).toContainText(/Retur innen \d\d\.\d\d\.\d{4}/);
    await expect(lineRow(kept.sku).getByTestId('return-by')).toContainText('3 kan returneres innen');
    await expect(lineRow(kept.sku).getByTestId('cancel-line')).toHaveCount(0);
    await lineRow(kept.sku).getByTestId('return-line').click();
    const form = page.getByTestId('return-form');
    await form.getByTestId('return-quantity').fill('2');
    await form.getByTestId('return-reason').fill('Feil fargetemperatur');
    await expect(form.getByTestId('submit-return')).toContainText('Returner 2');
    await shotsAtBothWidths(page, 'after-sales-customer-return-form', async () => {
      await expect(form).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await form.getByTestId('submit-return').click();
    await expect(page.getByTestId('after-sales-notice')).toContainText(/Retur RMA-\d+ er registrert/);
    rmaNumber = /RMA-\d+/.exec((await page.getByTestId('after-sales-notice').textContent()) ?? '')?.[0] ?? '';
    await expect(page.getByTestId('order-returns').locator(`tr[data-rma="${rmaNumber}"]`)).toContainText('Registrert');
    await expect(lineRow(kept.sku).getByTestId('return-by')).toContainText('1 kan returneres innen');
    await page.getByTestId('after-sales-notice-link').click();
    await expect(page.getByTestId('return-title')).toHaveText(`Retur ${rmaNumber}`);
    returnId = page.url().split('/').pop() ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-label').click()]);
    expect(download.suggestedFilename()).toBe(`returetikett-${rmaNumber}.pdf`);
    expect(await pdfText(download)).toContain(rmaNumber);
    labelPath = await download.path();
    await shotsAtBothWidths(page, 'after-sales-customer-return', async () => {
      await expect(page.getByTestId('return-lines')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
  });

  await test.step('staff receive and inspect the parcel; the credit note appears on the return and the invoices', async () => {
    await apiCall(request, staffToken, 'post', `/api/staff/returns/${returnId}/receive`);
    const inspected = await apiCall<ReturnDetail>(
      request,
      staffToken,
      'post',
      `/api/staff/returns/${returnId}/inspect`,
      {
        lines: [{ orderLineId: keptLine.id, verdict: 'accepted' }],
      },
    );
    expect(inspected.creditNotes).toHaveLength(1);
    const [note] = inspected.creditNotes;
    await page.reload();
    await expect(page.getByTestId('return-status')).toContainText('Kreditert');
    await expect(page.getByTestId('return-lines').locator(`tr[data-sku="${kept.sku}"]`)).toHaveAttribute(
      'data-verdict',
      'accepted',
    );
    const credit = page.getByTestId('return-credit-notes').locator(`[data-credit-note="${note.number}"]`);
    await expect(credit).toContainText(`Kreditnota ${note.number}`);
    await expect(page.getByTestId('download-label')).toHaveCount(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      credit.getByTestId('credit-note-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`kreditnota-${note.number}.pdf`);
    expect(await pdfText(download)).toContain(String(note.number));
    await shotsAtBothWidths(page, 'after-sales-customer-credited', async () => {
      await expect(credit).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await page.getByRole('link', { name: 'Fakturaer' }).first().click();
    await expect(
      page.getByTestId('invoices').locator(`tr[data-kind="credit_note"][data-invoice="${note.number}"]`),
    ).toBeVisible();
    await page.goto('/after-sales');
    await expect(page.getByTestId('returns-table').locator(`tr[data-rma="${rmaNumber}"]`)).toContainText('Kreditert');
    await shotsAtBothWidths(page, 'after-sales-customer-list', async () => {
      await expect(page.getByTestId('returns-table')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await page.getByTestId('returns-table').getByRole('link', { name: rmaNumber }).click();
    await expect(page.getByTestId('return-title')).toHaveText(`Retur ${rmaNumber}`);
    await logout(page);
  });

  await test.step('a purchaser files a warranty claim on the line kept, with a photo', async () => {
    await loginAs(page, PURCHASER);
    await page.goto(`/orders/${order.id}`);
    await expect(lineRow(kept.sku).getByTestId('warranty-until')).toContainText(/Garanti til og med \d\d\.\d\d\.\d{4}/);
    await lineRow(kept.sku).getByTestId('report-problem').click();
    const form = page.getByTestId('problem-form');
    // Delivered minutes ago: the 48 hours for transport damage are open too, and chosen first.
    await expect(form.getByTestId('kind-damage')).toBeChecked();
    await form.getByTestId('kind-warranty').check();
    await form.getByTestId('problem-quantity').fill('1');
    await form.getByTestId('problem-description').fill('Flimrer etter to dager i bruk.');
    await form.getByTestId('file-input').setInputFiles([
      { name: 'flimmer.png', mimeType: 'image/png', buffer: png(160, 120, [240, 190, 60]) },
      { name: 'notat.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
    ]);
    // A PDF is no photo: the browser says so at once and keeps the PNG.
    await expect(form.getByTestId('file-refused')).toContainText('notat.pdf er ikke JPEG, PNG');
    await expect(form.getByTestId('picked-file')).toHaveCount(1);
    await expectImageShown(form.locator('[data-testid="picked-file"] img'));
    await shotsAtBothWidths(page, 'after-sales-customer-claim-form', async () => {
      await expect(form).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await form.getByTestId('submit-problem').click();
    await expect(page.getByTestId('after-sales-notice')).toContainText(/Garantikrav W-\d+ er sendt/);
    await page.getByTestId('after-sales-notice-link').click();
    await expect(page.getByTestId('claim-title')).toContainText(/Garantikrav W-\d+/);
    await expect(page.getByTestId('claim-status')).toContainText('Åpen');
    await expectImageShown(page.locator('[data-testid="attachment"][data-file="flimmer.png"] img'));
    await shotsAtBothWidths(page, 'after-sales-customer-claim', async () => {
      await expect(page.getByTestId('claim-description')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await logout(page);
  });

  await test.step('the buyer asks about the order in a new case, with the return label attached', async () => {
    await loginAs(page, BUYER);
    await page.goto(`/orders/${order.id}`);
    await page.getByTestId('ask-about-order').click();
    await expect(page.getByTestId('case-order')).toHaveValue(order.id);
    await page.getByTestId('case-category').selectOption('order_change');
    await page.getByTestId('case-subject').fill(`Levering ${reference}`);
    await page.getByTestId('case-message').fill('Kan resten leveres til lageret vårt i stedet?');
    await page.getByTestId('file-input').setInputFiles({
      name: 'returetikett.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(labelPath),
    });
    await expect(page.getByTestId('picked-file')).toContainText('returetikett.pdf');
    await shotsAtBothWidths(page, 'after-sales-customer-new-case', async () => {
      await expect(page.getByTestId('new-case-form')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await page.getByTestId('submit-case').click();
    await expect(page.getByTestId('case-title')).toHaveText(`Levering ${reference}`);
    await expect(page.getByTestId('case-status')).toContainText('Åpen');
    await expect(page.getByTestId('case-order-link')).toHaveText(String(order.number));
    const message = page.getByTestId('case-message').first();
    await expect(message).toHaveAttribute('data-author', 'customer');
    const attachment = message.locator('[data-testid="attachment"][data-file="returetikett.pdf"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      attachment.getByTestId('download-attachment').click(),
    ]);
    expect(download.suggestedFilename()).toBe('returetikett.pdf');
    expect(await pdfText(download)).toContain(rmaNumber);
    // The shop answers and waits for the customer (the desk's own journey does this on screen).
    const caseId = page.url().split('/').pop() ?? '';
    await apiCall(request, staffToken, 'post', `/api/staff/cases/${caseId}/reply`, {
      body: 'Ja, hvilken adresse skal vi bruke?',
      waitForCustomer: true,
    });
    await page.reload();
    await expect(page.getByTestId('case-status')).toContainText('Venter på deg');
    await expect(page.getByTestId('case-message').nth(1)).toHaveAttribute('data-author', 'staff');
    await page.getByTestId('case-reply-body').fill('Lageret i Alnabruveien 40.');
    await page.getByTestId('send-reply').click();
    await expect(page.getByTestId('case-message')).toHaveCount(3);
    await expect(page.getByTestId('case-message').nth(2)).toContainText('Lageret i Alnabruveien 40.');
    await expect(page.getByTestId('case-status')).toContainText('Åpen');
    await expect(page.getByTestId('case-reply-body')).toHaveValue('');
    await shotsAtBothWidths(page, 'after-sales-customer-case', async () => {
      await expect(page.getByTestId('case-thread')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await page.getByRole('link', { name: 'Saker', exact: true }).first().click();
    const row = page.getByTestId('cases-table').locator('tbody tr', { hasText: `Levering ${reference}` });
    await expect(row).toContainText('Endring av ordre');
    await expect(row).toContainText('Venter på svar fra oss');
    await shotsAtBothWidths(page, 'after-sales-customer-cases', async () => {
      await expect(page.getByTestId('cases-table')).toBeVisible();
      await expectNoSidewaysScroll(page);
    });
    await row.getByRole('link', { name: `Levering ${reference}` }).click();
    await expect(page.getByTestId('case-title')).toHaveText(`Levering ${reference}`);
    await logout(page);
  });
});
