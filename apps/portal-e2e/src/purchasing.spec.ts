import { expect, test } from '@playwright/test';
import type { ApprovalRule, Budget, ProductPage } from '@lumen/shared/contracts';
import { loginAs, logout, uniqueSuffix } from './support/helpers';
import { mailedPath } from './support/outbox';
import { apiCall, emptyCart, shotsAtBothWidths, tokenFor } from './support/shop-api';

/**
 * Purchasing controls (PRODUCT.md §17): Nordlys's admin sets a rule (purchasers' orders above
 * NOK 20,000 need an admin) and a monthly budget; the purchaser's large order waits at checkout's
 * warning; the admin approves it from the link in the approval e-mail; the order reaches the
 * staff order desk. The journey takes its rule and budget away again, so later journeys order
 * as before.
 */

const ADMIN = 'admin@nordlys.test';
const PURCHASER = 'purchaser@nordlys.test';

test('the admin sets a rule and a budget; the purchaser’s large order waits, is approved from the e-mail and reaches the desk', async ({
  page,
  request,
}) => {
  // Four screens at two widths in two languages, a checkout and an approval: more than a minute on CI.
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const ruleName = `Store innkjøp ${suffix}`;
  const reference = `PO-APPR-${suffix}`;
  const adminToken = await tokenFor(request, ADMIN);
  try {
    await test.step('the admin adds the rule and a monthly budget on the purchasing page', async () => {
      await loginAs(page, ADMIN);
      await page.goto('/purchasing');
      await page.locator('#rule-name').fill(ruleName);
      await page.locator('#rule-above').fill('20000');
      await page.locator('label.choice', { hasText: 'Bestiller' }).locator('input').check();
      await page.locator('#rule-approver').selectOption({ label: 'Administrator' });
      await page.getByRole('button', { name: 'Lagre regel' }).click();
      await expect(page.getByTestId('approval-rule').filter({ hasText: ruleName })).toContainText('kr 20 000,00');
      await page.locator('#budget-period').selectOption('month');
      await page.locator('#budget-amount').fill('900000');
      await page.locator('#budget-action').selectOption('needs_approval');
      await page.getByRole('button', { name: 'Lagre budsjett' }).click();
      await expect(page.getByTestId('budget').filter({ hasText: 'kr 900 000,00' })).toBeVisible();
      await shotsAtBothWidths(page, 'purchasing-rules', () =>
        expect(page.getByTestId('approval-rule').filter({ hasText: ruleName })).toBeVisible(),
      );
      await logout(page);
    });

    let orderNumber = '';
    await test.step('the purchaser sees at checkout that the order needs the admin, and places it', async () => {
      const token = await tokenFor(request, PURCHASER);
      await emptyCart(request, token);
      const products = await apiCall<ProductPage>(
        request,
        token,
        'get',
        '/api/products?stockStatus=in_stock&includeEndOfLife=false&pageSize=40&sort=sku',
      );
      const product = products.items.find(
        (p) => !p.bulky && p.lifecycle === 'active' && (p.price?.unitPriceOre ?? 0) > 0,
      );
      if (!product) throw new Error('no orderable product in the demo catalog');
      const quantity = Math.ceil(2_100_000 / (product.price?.unitPriceOre ?? 1));
      await apiCall(request, token, 'post', '/api/cart/items', { sku: product.sku, quantity });
      await loginAs(page, PURCHASER);
      await page.goto('/cart/checkout');
      await expect(page.getByTestId('checkout-needs-approval')).toContainText(ruleName);
      await expect(page.getByTestId('checkout-budget').first()).toBeVisible();
      await shotsAtBothWidths(page, 'purchasing-checkout', () =>
        expect(page.getByTestId('checkout-needs-approval')).toBeVisible(),
      );
      await page.getByTestId('po-reference').fill(reference);
      await page.getByTestId('place-order').click();
      await expect(page).toHaveURL(/\/orders\/[0-9a-f-]+/);
      const orders = await apiCall<{ items: { number: number; status: string; purchaseOrderReference: string }[] }>(
        request,
        token,
        'get',
        `/api/orders?q=${reference}`,
      );
      expect(orders.items.map((o) => o.status)).toEqual(['awaiting_approval']);
      orderNumber = String(orders.items[0].number);
      await logout(page);
    });

    await test.step('the admin approves it from the link in the e-mail', async () => {
      const path = await mailedPath(ADMIN, 'approval_requested', orderNumber);
      expect(path).toMatch(/^\/approvals\/[0-9a-f-]+$/);
      await loginAs(page, ADMIN);
      await page.goto(path);
      await expect(page.getByTestId('approval-step').filter({ hasText: ruleName })).toBeVisible();
      await shotsAtBothWidths(page, 'purchasing-approval', () =>
        expect(page.getByRole('button', { name: /Godkjenn|Approve/ })).toBeVisible(),
      );
      await page.getByRole('button', { name: 'Godkjenn' }).click();
      await expect(page.getByTestId('approval-status')).toHaveText('Godkjent');
      await expect(page.getByTestId('approval-step').filter({ hasText: ruleName })).toContainText('Godkjent av');
      await shotsAtBothWidths(page, 'purchasing-approved', () =>
        expect(page.getByTestId('approval-status')).toBeVisible(),
      );
      await logout(page);
    });

    await test.step('the order reaches the staff order desk', async () => {
      await loginAs(page, 'consultant@lumen.test');
      await expect(page).toHaveURL(/\/staff\/orders$/);
      await page.getByTestId('desk-search').fill(reference);
      await expect(page.getByTestId('desk-orders').locator(`tr[data-order="${orderNumber}"]`)).toContainText(
        'Nordlys Elektro AS',
      );
    });
  } finally {
    // Later journeys order as purchasers too: take the journey's controls away again.
    const rules = await apiCall<ApprovalRule[]>(request, adminToken, 'get', '/api/company/approval-rules');
    for (const rule of rules.filter((r) => r.name === ruleName))
      await apiCall(request, adminToken, 'delete', `/api/company/approval-rules/${rule.id}`);
    const budgets = await apiCall<Budget[]>(request, adminToken, 'get', '/api/company/budgets');
    for (const budget of budgets.filter((b) => b.active && b.amountOre === 90_000_000))
      await request.patch(`/api/company/budgets/${budget.id}`, {
        data: { active: false },
        headers: { authorization: `Bearer ${adminToken}` },
      });
  }
});
