import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import type {
  BillCaseResponse,
  Cancellation,
  CaseDetail,
  ClaimDetail,
  CompanyAddress,
  OrderDeskDetail,
  OrderDetail,
  ProductPage,
  ReturnDetail,
} from '@lumen/shared/contracts';
import { randomUUID } from 'node:crypto';
import { loginAs, logout, uniqueSuffix } from './support/helpers';
import { apiCall, emptyCart, shotsAtBothWidths, tokenFor } from './support/shop-api';

/**
 * The staff side of after-sales and the service desk: a buyer's return of a delivered order is
 * received and inspected in the desk, and its credit note appears; a customer's technical-support
 * case is claimed, answered, classified as user error, 20 minutes logged and billed as 2 started
 * 15-minute units on a service invoice; a warranty claim with a photo is answered with a
 * replacement; a cancellation request for a line in preparation is refused with a reason; the
 * shop admin sets the service price. Orders, the return, the case and the request are arranged through the
 * API, as the customer's side is the after-sales journey's part.
 */

const BUYER = 'buyer@nordlys.test';
const CONSULTANT = 'consultant@lumen.test';

/** An order of `quantity` of each of two products, placed by the buyer and confirmed by staff. */
async function confirmedOrder(request: APIRequestContext, buyerToken: string, staffToken: string, quantity: number) {
  await emptyCart(request, buyerToken);
  const products = await apiCall<ProductPage>(
    request,
    buyerToken,
    'get',
    '/api/products?stockStatus=in_stock&includeEndOfLife=false&pageSize=40&sort=sku',
  );
  const [first, second] = products.items.filter((product) => !product.bulky && product.lifecycle === 'active');
  await apiCall(request, buyerToken, 'post', '/api/cart/items', { sku: first.sku, quantity });
  await apiCall(request, buyerToken, 'post', '/api/cart/items', { sku: second.sku, quantity });
  const addresses = await apiCall<CompanyAddress[]>(request, buyerToken, 'get', '/api/company/addresses');
  const delivery = addresses.find((address) => address.kind === 'delivery');
  const order = await apiCall<OrderDetail>(
    request,
    buyerToken,
    'post',
    '/api/orders',
    {
      deliveryAddressId: delivery?.id,
      shippingMethod: 'standard',
      partialDelivery: true,
      purchaseOrderReference: `PO-SD-${uniqueSuffix()}`,
    },
    { 'Idempotency-Key': randomUUID() },
  );
  await apiCall(request, staffToken, 'post', `/api/staff/orders/${order.id}/confirm`);
  return apiCall<OrderDeskDetail>(request, staffToken, 'post', `/api/staff/orders/${order.id}/prepare`);
}

/** Ships every line in full and marks the shipment delivered: the return window opens. */
async function deliver(request: APIRequestContext, staffToken: string, order: OrderDeskDetail): Promise<void> {
  const shipped = await apiCall<OrderDeskDetail>(
    request,
    staffToken,
    'post',
    `/api/staff/orders/${order.id}/shipments`,
    {
      carrier: 'bring',
      trackingNumber: `SD${Date.now()}NO`,
      lines: order.lines.map((line) => ({ orderLineId: line.orderLineId, quantity: line.openQuantity })),
    },
  );
  await apiCall(request, staffToken, 'post', `/api/staff/shipments/${shipped.shipments[0].id}/delivered`);
}

/** A 1×1 PNG: a photo the API accepts by its content. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A table row (stacked on a phone) must not make the page wider than the screen. */
async function expectNoSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** `shotsAtBothWidths`, checking at each width that nothing scrolls sideways. */
async function shots(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  await shotsAtBothWidths(page, name, async () => {
    await ready();
    await expectNoSideways(page);
  });
}

test('staff receive and credit a return, answer and bill a support case, and refuse a cancellation', async ({
  page,
  request,
}) => {
  const buyerToken = await tokenFor(request, BUYER);
  const staffToken = await tokenFor(request, CONSULTANT);

  const delivered = await confirmedOrder(request, buyerToken, staffToken, 2);
  await deliver(request, staffToken, delivered);
  const returnLine = delivered.lines[0];
  const requested = await apiCall<ReturnDetail>(request, buyerToken, 'post', `/api/orders/${delivered.id}/returns`, {
    lines: [{ orderLineId: returnLine.orderLineId, quantity: 1 }],
    reason: 'Bestilte en for mye.',
  });

  const claimLine = delivered.lines[1];
  const claimResponse = await request.post('/api/warranty-claims', {
    headers: { authorization: `Bearer ${buyerToken}` },
    multipart: {
      orderId: delivered.id,
      orderLineId: claimLine.orderLineId,
      quantity: '1',
      description: 'Driveren summer og blinker etter to uker.',
      photos: { name: 'driver.png', mimeType: 'image/png', buffer: PHOTO },
    },
  });
  expect(claimResponse.ok(), await claimResponse.text()).toBe(true);
  const claim = (await claimResponse.json()) as ClaimDetail;

  const inPreparation = await confirmedOrder(request, buyerToken, staffToken, 3);
  const cancelLine = inPreparation.lines[1];
  const cancellation = await apiCall<Cancellation>(
    request,
    buyerToken,
    'post',
    `/api/orders/${inPreparation.id}/lines/${cancelLine.orderLineId}/cancel-request`,
    { quantity: 1, reason: 'Prosjektet ble mindre.' },
  );
  expect(cancellation.status).toBe('requested');

  const subject = `Ruteren mister forbindelsen ${uniqueSuffix()}`;
  const supportCase = await apiCall<CaseDetail>(request, buyerToken, 'post', '/api/cases', {
    category: 'technical_support',
    subject,
    message: 'Lampestyringen faller ut hver time etter at vi endret innstillingene.',
    orderId: delivered.id,
  });

  await test.step('the consultant receives the return and inspects it: accepted, the credit note appears', async () => {
    await loginAs(page, CONSULTANT);
    await page.goto('/service-desk/returns');
    const row = page.getByTestId('returns').locator(`tr[data-rma="${requested.rmaNumber}"]`);
    await expect(row).toContainText('Nordlys Elektro AS');
    await shots(page, 'service-desk-returns', () => expect(row).toBeVisible());
    await row.locator('a').click();
    await expect(page.getByTestId('return-title')).toContainText(requested.rmaNumber);
    await page.getByTestId('receive-return').click();
    await expect(page.getByTestId('return-status')).toContainText('Mottatt');
    const line = page.getByTestId('return-lines').locator(`tr[data-sku="${returnLine.sku}"]`);
    await line.getByTestId('verdict-accept').check();
    await shots(page, 'service-desk-return-inspect', () => expect(page.getByTestId('save-inspection')).toBeEnabled());
    await page.getByTestId('save-inspection').click();
    await expect(page.getByTestId('return-status')).toContainText('Kreditert');
    const note = page.getByTestId('credit-note');
    await expect(note).toContainText('Kreditnota');
    await expect(note.getByTestId('pdf-download')).toHaveCount(2);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      note.getByTestId('pdf-download').first().click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await shots(page, 'service-desk-return-credited', () => expect(note).toBeVisible());
  });

  await test.step('the consultant finds the support case in the queue by due time and claims it', async () => {
    await page.goto('/service-desk');
    await expect(page.getByTestId('case-metrics')).toBeVisible();
    const row = page.getByTestId('case-queue').locator(`tr[data-case="${supportCase.number}"]`);
    await expect(row).toContainText(subject);
    await expect(row).toContainText('Teknisk støtte');
    await shots(page, 'service-desk-queue', () => expect(row).toBeVisible());
    await row.locator('a').click();
    await expect(page.getByTestId('case-title')).toContainText(supportCase.number);
    await page.getByTestId('claim-case').click();
    await expect(page.getByTestId('case-assignee')).not.toContainText('Ingen');
    await expect(page.getByTestId('claim-case')).toHaveCount(0);
  });

  await test.step('answers it, classifies it as user error, logs 20 minutes and bills 2 units', async () => {
    await page
      .getByTestId('reply-body')
      .fill('Innstillingen for tidsavbrudd var satt til 60 minutter. Vi har rettet den.');
    await page.getByTestId('send-reply').click();
    await expect(page.getByTestId('case-message').last()).toContainText('tidsavbrudd');
    await page.getByTestId('classify-user_error').check();
    await page.getByTestId('save-classification').click();
    await expect(page.locator('lt-form-alert .alert-success')).toContainText('Klassifiseringen er lagret');
    await page.getByTestId('time-minutes').fill('20');
    await expect(page.getByTestId('units-preview')).toContainText('2 enheter');
    await page.getByTestId('time-note').fill('Feilsøking over telefon');
    await page.getByTestId('log-time').click();
    await expect(page.getByTestId('total-minutes')).toHaveText('20 min');
    await expect(page.getByTestId('billable-units')).toHaveText('2');
    await shots(page, 'service-desk-case', () => expect(page.getByTestId('bill')).toBeVisible());
    const [billed] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/staff/cases/${supportCase.id}/bill`) && r.ok()),
      page.getByTestId('bill').click(),
    ]);
    const invoice = (await billed.json()) as BillCaseResponse;
    expect(invoice.units).toBe(2);
    await expect(page.getByTestId('service-invoice')).toContainText(String(invoice.invoiceNumber));
    await expect(page.getByTestId('billable-units')).toHaveText('2');
    await expect(page.getByTestId('service-work').getByTestId('pdf-download')).toHaveCount(2);
    await shots(page, 'service-desk-case-billed', () => expect(page.getByTestId('service-invoice')).toBeVisible());
  });

  await test.step('sees the warranty claim with its photo and sends a replacement', async () => {
    await page.goto('/service-desk/claims');
    const row = page.getByTestId('claims').locator(`tr[data-claim="${claim.number}"]`);
    await expect(row).toContainText(claimLine.sku);
    await shots(page, 'service-desk-claims', () => expect(row).toBeVisible());
    await row.locator('a').click();
    await expect(page.getByTestId('claim-title')).toContainText(claim.number);
    await expect(page.getByTestId('claim-photo').locator('img')).toHaveJSProperty('naturalWidth', 1);
    await page.getByTestId('decision-replacement').check();
    await page.getByTestId('decision-carrier').selectOption('postnord');
    await page.getByTestId('decision-tracking').fill(`RP${Date.now()}NO`);
    await shots(page, 'service-desk-claim', () => expect(page.getByTestId('save-decision')).toBeEnabled());
    await page.getByTestId('save-decision').click();
    await expect(page.getByTestId('claim-status')).toContainText('Erstatning sendt');
    await expect(page.getByTestId('claim-decision')).toContainText('Erstatning sendt uten kostnad');
  });

  await test.step('refuses the cancellation request with a reason', async () => {
    await page.goto('/service-desk/cancellations');
    const row = page.getByTestId('cancellations').locator(`tr[data-cancellation="${cancellation.id}"]`);
    await expect(row).toContainText(cancelLine.sku);
    await shots(page, 'service-desk-cancellations', () => expect(row).toBeVisible());
    await row.getByTestId('refuse-cancellation').click();
    await row.getByTestId('refusal-reason').fill('Varene er allerede plukket og pakket.');
    await row.getByTestId('confirm-refuse').click();
    await expect(page.locator('lt-form-alert .alert-success')).toContainText('avvist');
    await expect(row).toHaveCount(0);
    const after = await apiCall<{ cancellations: Cancellation[] }>(
      request,
      buyerToken,
      'get',
      `/api/orders/${inPreparation.id}/after-sales`,
    );
    expect(after.cancellations.find((one) => one.id === cancellation.id)?.status).toBe('refused');
    await logout(page);
  });

  await test.step('the shop admin sets the service price in kroner, stored in øre', async () => {
    await loginAs(page, 'admin@lumen.test');
    await page.goto('/service-desk/settings');
    const current = page.getByTestId('current-price');
    await expect(current).toContainText('kr');
    const before = await page.getByTestId('unit-price').inputValue();
    await shots(page, 'service-desk-settings', () => expect(page.getByTestId('unit-price')).toBeVisible());
    await page.getByTestId('unit-price').fill('312.50');
    await page.getByTestId('save-settings').click();
    await expect(current).toContainText('312,50');
    const adminToken = await tokenFor(request, 'admin@lumen.test');
    expect(await apiCall(request, adminToken, 'get', '/api/staff/service-settings')).toEqual({ unitPriceOre: 31250 });
    // Put the demo price back for the journeys after this one.
    await page.getByTestId('unit-price').fill(before);
    await page.getByTestId('save-settings').click();
    await expect(current).not.toContainText('312,50');
  });
});
