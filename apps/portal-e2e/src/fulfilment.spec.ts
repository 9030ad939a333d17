import { expect, test } from '@playwright/test';
import type {
  CompanyAddress,
  FulfilmentSettings,
  InvoicePage,
  OrderDetail,
  ProductPage,
} from '@lumen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loginAs, logout, uniqueSuffix } from './support/helpers';
import { apiCall, emptyCart, shotsAtBothWidths, tokenFor } from './support/shop-api';

/**
 * After checkout: the buyer's order is confirmed and partly shipped by the consultant at the
 * order desk with a tracking number; the buyer sees the shipment, follows "Track delivery" to
 * the carrier's page (answered here, so no outside network), downloads the shipment's invoice
 * as a PDF, and orders the same again. The order is placed through the API: checking out in
 * the browser is the catalog journey's part.
 */

const BUYER = 'buyer@nordlys.test';

test('consultant confirms and ships part of an order; the buyer tracks it, downloads the invoice and orders again', async ({
  page,
  request,
}) => {
  const buyerToken = await tokenFor(request, BUYER);
  await emptyCart(request, buyerToken);
  const products = await apiCall<ProductPage>(
    request,
    buyerToken,
    'get',
    '/api/products?stockStatus=in_stock&includeEndOfLife=false&pageSize=40&sort=sku',
  );
  const [first, second] = products.items.filter((product) => !product.bulky && product.lifecycle === 'active');
  const reference = `PO-FUL-${uniqueSuffix()}`;
  await apiCall(request, buyerToken, 'post', '/api/cart/items', { sku: first.sku, quantity: 3 });
  await apiCall(request, buyerToken, 'post', '/api/cart/items', { sku: second.sku, quantity: 2 });
  const addresses = await apiCall<CompanyAddress[]>(request, buyerToken, 'get', '/api/company/addresses');
  const delivery =
    addresses.find((address) => address.kind === 'delivery' && address.isDefault) ??
    addresses.find((address) => address.kind === 'delivery');
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
  const adminToken = await tokenFor(request, 'admin@lumen.test');
  const settings = await apiCall<FulfilmentSettings>(request, adminToken, 'get', '/api/staff/fulfilment-settings');
  const trackingNumber = `E2E${Date.now()}NO`;
  const trackingUrl = settings.trackingUrlTemplates.bring.replace('{tracking}', trackingNumber);

  await test.step('the consultant lands on the order desk and finds the order by its PO reference', async () => {
    await loginAs(page, 'consultant@lumen.test');
    await expect(page).toHaveURL(/\/staff\/orders$/);
    await expect(page.locator('[data-testid="desk-tabs"] [data-status="placed"] .count')).not.toHaveText('0');
    await page.getByTestId('desk-search').fill(reference);
    const row = page.getByTestId('desk-orders').locator(`tr[data-order="${order.number}"]`);
    await expect(row).toContainText('Nordlys Elektro AS');
    await expect(page.getByTestId('desk-orders').locator('tbody tr')).toHaveCount(1);
    await page.getByTestId('desk-search').fill('');
    await expect(page.getByTestId('desk-orders').locator('tbody tr').nth(1)).toBeVisible();
    await shotsAtBothWidths(page, 'fulfilment-desk-list', () => expect(page.getByTestId('desk-orders')).toBeVisible());
    await page.getByTestId('desk-search').fill(reference);
    await row.locator('a').click();
    await expect(page.getByTestId('desk-order-number')).toContainText(String(order.number));
  });

  await test.step('confirms it, puts it in preparation and ships two of three of the first line', async () => {
    await page.getByTestId('confirm-order').click();
    await expect(page.getByTestId('desk-order-status')).toContainText('Bekreftet');
    await page.getByTestId('prepare-order').click();
    await expect(page.getByTestId('desk-order-status')).toContainText('Under klargjøring');
    const form = page.getByTestId('shipment-form');
    // Every open line starts at its open quantity.
    await expect(page.getByTestId(`ship-qty-${first.sku}`)).toHaveValue('3');
    await expect(page.getByTestId(`ship-qty-${second.sku}`)).toHaveValue('2');
    await page.getByTestId(`ship-qty-${first.sku}`).fill('2');
    await page.getByTestId(`ship-qty-${second.sku}`).fill('0');
    await page.getByTestId('ship-carrier').selectOption('bring');
    await page.getByTestId('ship-tracking').fill(trackingNumber);
    await expect(form.getByTestId('ship')).toContainText('2');
    await form.getByTestId('ship').click();
    await expect(page.getByTestId('desk-order-status')).toContainText('Delvis sendt');
    const shipment = page.locator('[data-testid="shipment"][data-shipment="1"]');
    await expect(shipment.getByTestId('tracking-number')).toHaveText(trackingNumber);
    await expect(shipment.locator(`li[data-sku="${first.sku}"] .qty`)).toHaveText('2 ×');
    await expect(shipment.locator(`li[data-sku="${second.sku}"]`)).toHaveCount(0);
    await expect(page.getByTestId('desk-lines').locator(`tr[data-sku="${first.sku}"] td`).last()).toHaveText('1');
    await expect(page.getByTestId(`ship-qty-${first.sku}`)).toHaveValue('1');
    await shotsAtBothWidths(page, 'fulfilment-desk-detail', () => expect(shipment).toBeVisible());
    await logout(page);
  });

  await test.step('the buyer sees the shipment and follows its tracking link', async () => {
    await loginAs(page, BUYER);
    await page.goto(`/orders/${order.id}`);
    await expect(page.getByTestId('order-status')).toContainText('Delvis sendt');
    const shipment = page.locator('[data-testid="shipment"][data-shipment="1"]');
    await expect(shipment.getByTestId('tracking-number')).toHaveText(trackingNumber);
    const track = shipment.getByTestId('track-delivery');
    await expect(track).toHaveAttribute('href', trackingUrl);
    // The carrier's site, answered here: the journey needs no outside network.
    await page.context().route(
      (url) => url.href === trackingUrl,
      (route) =>
        route.fulfill({ contentType: 'text/html', body: `<title>Bring</title><h1>Sending ${trackingNumber}</h1>` }),
    );
    const [carrierPage] = await Promise.all([page.context().waitForEvent('page'), track.click()]);
    await carrierPage.waitForLoadState();
    expect(carrierPage.url()).toBe(trackingUrl);
    await expect(carrierPage.locator('h1')).toHaveText(`Sending ${trackingNumber}`);
    await carrierPage.close();
    await shotsAtBothWidths(page, 'fulfilment-order', () => expect(shipment).toBeVisible());
  });

  await test.step('downloads the shipment’s invoice as a PDF', async () => {
    const invoice = page.getByTestId('order-invoices').locator('tr[data-kind="invoice"]');
    await expect(invoice).toHaveCount(1);
    await expect(invoice).toContainText('Åpen');
    const [download, response] = await Promise.all([
      page.waitForEvent('download'),
      page.waitForResponse((r) => /^\/api\/invoices\/[^/]+\.pdf$/.test(new URL(r.url()).pathname)),
      invoice.getByTestId('download-pdf').click(),
    ]);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect(download.suggestedFilename()).toMatch(/^faktura-\d+\.pdf$/);
    expect(
      readFileSync((await download.path()) ?? '')
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  await test.step('downloads the printable order confirmation', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-confirmation').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ordrebekreftelse-${order.number}.pdf`);
    expect(
      readFileSync((await download.path()) ?? '')
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  await test.step('the company’s invoices page shows it among the open ones, with the totals', async () => {
    await page.getByRole('link', { name: 'Fakturaer' }).first().click();
    await page.locator('[data-filter="open"]').click();
    await expect(page.getByTestId('invoices').locator('tbody tr').first()).toBeVisible();
    await expect(page.getByTestId('total-open')).toContainText('kr');
    await shotsAtBothWidths(page, 'fulfilment-invoices', () =>
      expect(page.getByTestId('invoice-totals')).toBeVisible(),
    );
  });

  await test.step('orders the same again: the cart holds the order’s lines', async () => {
    await page.goto(`/orders/${order.id}`);
    await page.getByTestId('order-again').click();
    await expect(page).toHaveURL(/\/cart$/);
    const lines = page.getByTestId('cart-lines');
    await expect(lines.locator(`tr[data-sku="${first.sku}"] input`)).toHaveValue('3');
    await expect(lines.locator(`tr[data-sku="${second.sku}"] input`)).toHaveValue('2');
    await expect(page.getByTestId('cart-count')).toHaveText('2');
    await emptyCart(request, buyerToken);
    await logout(page);
  });

  await test.step('the shop admin records the payment of that invoice by its KID; the carrier settings', async () => {
    const { items } = await apiCall<InvoicePage>(request, buyerToken, 'get', `/api/invoices?orderId=${order.id}`);
    const [invoice] = items;
    await loginAs(page, 'admin@lumen.test');
    await page.getByRole('link', { name: 'Innbetalinger' }).first().click();
    await page.getByTestId('payment-kid').fill(invoice.kid);
    await page
      .getByTestId('payment-amount')
      .fill(`${Math.floor(invoice.grossOre / 100)},${String(invoice.grossOre % 100).padStart(2, '0')}`);
    await page.getByTestId('record-payment').click();
    await expect(page.locator('.alert-success')).toContainText(`KID ${invoice.kid}`);
    const paid = await apiCall<InvoicePage>(request, buyerToken, 'get', `/api/invoices?orderId=${order.id}`);
    expect(paid.items[0].status).toBe('paid');
    await shotsAtBothWidths(page, 'fulfilment-payments', () => expect(page.getByTestId('payment-form')).toBeVisible());
    await page.getByRole('link', { name: 'Frakt og purring' }).first().click();
    await expect(page.getByTestId('template-bring')).toHaveValue(settings.trackingUrlTemplates.bring);
    await shotsAtBothWidths(page, 'fulfilment-settings', () =>
      expect(page.getByTestId('fulfilment-settings')).toBeVisible(),
    );
    await logout(page);
  });
});
