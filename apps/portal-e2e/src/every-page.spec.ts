import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { loginAs, screenshot, setLanguage } from './support/helpers';
import { apiCall, tokenFor } from './support/shop-api';

/**
 * Every screen of every actor at desktop and phone width, in both languages: nothing may scroll
 * sideways at 390 px (a table too wide for its card pushes the whole page), and axe-core finds
 * no serious or critical accessibility violation. The screenshots are kept in
 * test-output/screenshots/every-page-*.png, the CI artefact to look through.
 */

const WIDTHS = [1440, 390] as const;

interface Screen {
  name: string;
  path: string;
}

type Actor = {
  name: string;
  email: string | null;
  screens: (request: APIRequestContext, token: string) => Promise<Screen[]>;
};

/** The first item of a paged list the caller can see (`items[0].id`), for its detail page. */
async function firstId(request: APIRequestContext, token: string, path: string): Promise<string | null> {
  const page = await apiCall<{ items?: { id: string }[] } | { id: string }[]>(request, token, 'get', path);
  const items = Array.isArray(page) ? page : (page.items ?? []);
  return items[0]?.id ?? null;
}

/** Screens whose id comes from a list; left out (and named in the log) when the list is empty. */
async function details(
  request: APIRequestContext,
  token: string,
  wanted: [name: string, list: string, path: (id: string) => string][],
): Promise<Screen[]> {
  const screens: Screen[] = [];
  for (const [name, list, path] of wanted) {
    const id = await firstId(request, token, list);
    if (id) screens.push({ name, path: path(id) });
    else test.info().annotations.push({ type: 'skipped screen', description: `no ${name} to open: ${list} is empty` });
  }
  return screens;
}

const ACTORS: Actor[] = [
  {
    name: 'visitor',
    email: null,
    screens: async () => [
      { name: 'home', path: '/' },
      { name: 'catalog', path: '/catalog' },
      { name: 'product', path: '/catalog/LT-10000' },
      { name: 'login', path: '/login' },
      { name: 'register', path: '/register' },
      { name: 'forgot-password', path: '/forgot-password' },
    ],
  },
  {
    name: 'buyer',
    email: 'buyer@nordlys.test',
    screens: async (request, token) => [
      { name: 'catalog', path: '/catalog' },
      { name: 'product', path: '/catalog/LT-10000' },
      { name: 'project-lists', path: '/project-lists' },
      { name: 'quotes', path: '/quotes' },
      { name: 'quick-order', path: '/quick-order' },
      { name: 'cart', path: '/cart' },
      { name: 'orders', path: '/orders' },
      { name: 'invoices', path: '/invoices' },
      { name: 'after-sales', path: '/after-sales' },
      { name: 'cases', path: '/cases' },
      { name: 'new-case', path: '/cases/new' },
      { name: 'account', path: '/account' },
      ...(await details(request, token, [
        ['project-list', '/api/project-lists', (id) => `/project-lists/${id}`],
        ['quote', '/api/quotes', (id) => `/quotes/${id}`],
        ['order', '/api/orders', (id) => `/orders/${id}`],
        ['return', '/api/returns', (id) => `/after-sales/returns/${id}`],
        ['claim', '/api/claims', (id) => `/after-sales/claims/${id}`],
        ['case', '/api/cases', (id) => `/cases/${id}`],
      ])),
    ],
  },
  {
    name: 'company-admin',
    email: 'admin@nordlys.test',
    screens: async () => [
      { name: 'company', path: '/company' },
      { name: 'employees', path: '/company/employees' },
      { name: 'addresses', path: '/company/addresses' },
      { name: 'roles', path: '/company/roles' },
      { name: 'purchasing', path: '/purchasing' },
      { name: 'approvals', path: '/approvals' },
    ],
  },
  {
    name: 'consultant',
    email: 'consultant@lumen.test',
    screens: async (request, token) => [
      { name: 'order-desk', path: '/staff/orders' },
      { name: 'quote-desk', path: '/desk' },
      { name: 'service-desk', path: '/service-desk' },
      { name: 'service-returns', path: '/service-desk/returns' },
      { name: 'service-claims', path: '/service-desk/claims' },
      { name: 'service-cancellations', path: '/service-desk/cancellations' },
      { name: 'companies', path: '/staff/companies' },
      { name: 'catalog-admin', path: '/catalog-admin/products' },
      { name: 'categories', path: '/catalog-admin/categories' },
      ...(await details(request, token, [
        ['desk-order', '/api/staff/orders', (id) => `/staff/orders/${id}`],
        ['desk-quote', '/api/staff/quotes', (id) => `/desk/quotes/${id}`],
        ['desk-case', '/api/staff/cases', (id) => `/service-desk/cases/${id}`],
        ['desk-return', '/api/staff/returns', (id) => `/service-desk/returns/${id}`],
        ['desk-claim', '/api/staff/claims', (id) => `/service-desk/claims/${id}`],
        ['catalog-product', '/api/staff/products', (id) => `/catalog-admin/products/${id}`],
      ])),
    ],
  },
  {
    name: 'shop-admin',
    email: 'admin@lumen.test',
    screens: async () => [
      { name: 'pricing', path: '/pricing' },
      { name: 'payments', path: '/staff/payments' },
      { name: 'fulfilment-settings', path: '/staff/fulfilment-settings' },
      { name: 'service-settings', path: '/service-desk/settings' },
      { name: 'catalog-import', path: '/catalog-admin/import' },
    ],
  },
];

/** The page has drawn its data: no request in flight for a moment (the portal does not poll). */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await expect(page.locator('main')).toBeVisible();
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

for (const actor of ACTORS) {
  test(`every screen of the ${actor.name} fits a phone and passes axe, in nb and en`, async ({ page, request }) => {
    test.setTimeout(10 * 60_000);
    const token = actor.email ? await tokenFor(request, actor.email) : '';
    const screens = await actor.screens(request, token);
    if (actor.email) await loginAs(page, actor.email);
    else await page.goto('/');
    const problems: string[] = [];
    // A signed-in user's choice of language is saved on the account: end in nb, as every
    // later journey expects its demo logins to speak.
    for (const locale of ['en', 'nb'] as const) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await setLanguage(page, locale);
      for (const screen of screens) {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
          await page.goto(screen.path);
          await settled(page);
          const where = `${screen.path} (${actor.name}, ${locale}, ${width} px)`;
          const overflow = await sidewaysOverflow(page);
          if (overflow > 0) problems.push(`${where} scrolls ${overflow} px sideways`);
          // One language is enough for axe: the markup is the same, only the words change.
          if (locale === 'nb')
            for (const violation of await seriousViolations(page)) problems.push(`${where}: ${violation}`);
          await screenshot(page, `every-page-${actor.name}-${screen.name}-${locale}-${width}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
