import { type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Client } from 'pg';
import { loginAs, logout, screenshot, setLanguage, uniqueSuffix } from './support/helpers';
import { shotsAtBothWidths } from './support/shop-api';

/**
 * The catalog back office (issue 14): the shop admin creates a product with an image and a
 * datasheet, imports a file (a dry run whose refused line keeps "apply" shut, then a clean file
 * applied), feeds stock, exports, and marks the new product end-of-life with a replacement
 * picked among active products; a buyer then sees the image and the replacement, and a typo
 * search ("downlite") finds downlights with "did you mean". A consultant sees it all
 * read-only; the category tree is edited and refuses to delete a category holding products.
 * Everything changed is the journey's own (new SKUs, a new category), so the demo data stays.
 */

const ADMIN = 'admin@lumen.test';
const CONSULTANT = 'consultant@lumen.test';
const BUYER = 'buyer@nordlys.test';

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const dataDir = resolve(__dirname, '../../..', process.env['LUMEN_DATA_DIR'] ?? 'tmp/e2e-data');
  const client = new Client({ connectionString: readFileSync(join(dataDir, 'database-url'), 'utf8').trim() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A real PNG (a warm gradient), so the API's resizing has something to resize. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows.set([245, Math.round(160 + (80 * x) / width), Math.round(40 + (120 * y) / height)], at);
    }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

const csv = (lines: string[]) => Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`);

async function upload(page: Page, testId: string, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByTestId(testId).setInputFiles({ name, mimeType, buffer });
}

test('shop admin: product with image, import with dry run and apply, end of life with a replacement; the buyer sees them; a typo still finds downlights', async ({
  page,
}) => {
  // A long journey: three actors, eight screens at two widths in two languages.
  test.setTimeout(240_000);
  const suffix = uniqueSuffix().toUpperCase();
  const created = `E2E-${suffix}`;
  const imported = `E2E-${suffix}-B`;
  const [downlights] = await query<{ id: string }>(`SELECT id FROM categories WHERE slug = 'downlights'`);
  const [demo] = await query<{
    sku: string;
    name: string;
    brand: string;
    list_price_ore: number;
    stock_status: string;
  }>(
    `SELECT p.sku, p.name, p.brand, p.list_price_ore, p.stock_status FROM products p
     JOIN categories c ON c.id = p.category_id
     WHERE c.slug = 'downlights' AND p.lifecycle = 'active' AND p.sku LIKE 'LT-%'
     ORDER BY p.sku LIMIT 1`,
  );

  await test.step('the shop admin finds products by filter, at both widths', async () => {
    await loginAs(page, ADMIN);
    await page.getByRole('link', { name: 'Katalogadmin' }).first().click();
    await expect(page.getByTestId('admin-products')).toBeVisible();
    await page.getByTestId('admin-product-lifecycle').selectOption('end_of_life');
    await expect(page).toHaveURL(/lifecycle=end_of_life/);
    await expect(page.getByTestId('admin-products').locator('tbody tr').first()).toContainText('Utgått');
    await shotsAtBothWidths(page, 'catalog-admin-products', () =>
      expect(page.getByTestId('admin-products').locator('tbody tr').first()).toBeVisible(),
    );
  });

  await test.step('creates a product: each field says what is wrong before anything is sent', async () => {
    await page.getByTestId('new-product').click();
    await page.getByTestId('product-sku').fill('-nope');
    await page.getByTestId('product-colourTemperatureK').fill('500');
    await page.getByTestId('product-wattage').fill('7.25');
    await page.getByTestId('product-stock').selectOption('supplier_date_confirmed');
    await page.getByTestId('save-product').click();
    const form = page.getByTestId('product-form');
    await expect(form.locator('.alert-error')).toContainText('Rett opp feltene som er merket');
    await expect(form).toContainText('Artikkelnummer: A–Z, 0–9 og bindestrek');
    await expect(form).toContainText('Skriv en fargetemperatur fra 1 000 til 10 000 K.');
    await expect(form).toContainText('Effekten tar høyst én desimal.');
    await expect(form).toContainText('Velg datoen leverandøren har bekreftet.');
    await shotsAtBothWidths(page, 'catalog-admin-validation', () =>
      expect(form.locator('.field-error').first()).toBeVisible(),
    );

    await page.getByTestId('product-sku').fill(created.toLowerCase());
    await page.getByTestId('product-name').fill(`E2E Downlight ${suffix}`);
    await page.getByTestId('product-brand').fill('E2E Lys');
    await page.getByTestId('product-category').selectOption(downlights.id);
    await page.getByTestId('product-price').fill('249.50');
    await page.getByTestId('product-wattage').fill('7.5');
    await page.getByTestId('product-lumen').fill('650');
    await page.getByTestId('product-colourTemperatureK').fill('3000');
    await page.getByTestId('product-ipRating').fill('ip44');
    await page.getByTestId('product-stock').selectOption('in_stock');
    await page.getByTestId('save-product').click();
    await expect(page.getByTestId('editor-title')).toContainText(created);
    await expect(page.locator('.alert-success')).toContainText(`Produktet ${created} er opprettet`);
  });

  await test.step('adds an image (previewed, then the API’s thumbnail) and a datasheet', async () => {
    const media = page.locator('lt-product-media');
    await upload(page, 'image-file', 'downlight.png', 'image/png', png(480, 360));
    await expect(media.locator('.alert-success')).toContainText('Bildet er lagret.');
    await expect(page.getByTestId('product-image-thumbnail')).toHaveAttribute('src', /\/api\/media\//);
    await upload(page, 'datasheet-file', 'datablad.pdf', 'application/pdf', PDF);
    await expect(media.locator('.alert-success')).toContainText('Databladet er lagret.');
    await expect(page.getByTestId('datasheet-link')).toHaveAttribute('href', /\/api\/media\//);
    // An executable renamed to .png is refused by its content, and the image stays.
    await upload(page, 'image-file', 'virus.png', 'image/png', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'));
    await expect(media.locator('.alert-error')).toContainText('Filen er ikke et JPEG-, PNG- eller WebP-bilde');
    await expect(page.getByTestId('product-image-thumbnail')).toBeVisible();
    // A file of the wrong kind is refused before it is sent.
    await upload(page, 'datasheet-file', 'datablad.docx', 'application/msword', Buffer.from('PK'));
    await expect(media.locator('.alert-error')).toContainText('Velg en fil av riktig type: PDF.');
    await shotsAtBothWidths(page, 'catalog-admin-editor', () =>
      expect(page.getByTestId('product-image-thumbnail')).toBeVisible(),
    );
  });

  await test.step('imports a file: the dry run reports every line, a refused line keeps "apply" shut', async () => {
    await page.getByRole('link', { name: 'Import og eksport' }).click();
    const header = 'artikkelnummer;navn;kategori;merke;listepris_ore;lagerstatus';
    const good = [
      `${imported};E2E Erstatning ${suffix};downlights;E2E Lys;19900;in_stock`,
      `${created};E2E Downlight ${suffix} v2;downlights;E2E Lys;26000;in_stock`,
      `${demo.sku};${demo.name};downlights;${demo.brand};${demo.list_price_ore};${demo.stock_status}`,
    ];
    await upload(
      page,
      'import-file',
      'produkter.csv',
      'text/csv',
      csv([header, ...good, `E2E-${suffix}-C;Feil;downlights;E2E Lys;-5;in_stock`]),
    );
    const report = page.getByTestId('import-report');
    await expect(page.getByTestId('import-summary')).toHaveText('4 linjer: 1 nye, 1 endret, 1 uendret, 1 avvist.');
    await expect(report.locator('tr[data-line="2"]')).toHaveAttribute('data-status', 'created');
    await expect(report.locator('tr[data-line="3"]')).toContainText('Endrer: Navn, Listepris eks. mva.');
    await expect(report.locator('tr[data-line="4"]')).toHaveAttribute('data-status', 'unchanged');
    await expect(report.locator('tr[data-line="5"]')).toContainText('Listepris eks. mva.: utenfor tillatt område');
    await expect(page.getByTestId('apply-import')).toBeDisabled();
    await page.getByTestId('import-view').selectOption('problems');
    await expect(report.locator('tbody tr')).toHaveCount(1);
    await shotsAtBothWidths(page, 'catalog-admin-import-refused', () =>
      expect(report.locator('tr[data-line="5"]')).toBeVisible(),
    );

    await upload(page, 'import-file', 'produkter.csv', 'text/csv', csv([header, ...good]));
    await expect(page.getByTestId('import-summary')).toHaveText('3 linjer: 1 nye, 1 endret, 1 uendret, 0 avvist.');
    await expect(page.getByTestId('apply-import')).toContainText('Bruk: 1 nye og 1 endrede');
    await shotsAtBothWidths(page, 'catalog-admin-import-dry-run', () =>
      expect(page.getByTestId('apply-import')).toBeEnabled(),
    );
    await page.getByTestId('apply-import').click();
    await expect(page.locator('.alert-success')).toContainText('Lagret: 1 nye, 1 endrede og 1 uendrede produkter.');
    const [row] = await query<{ name: string; list_price_ore: number }>(
      `SELECT name, list_price_ore::int AS list_price_ore FROM products WHERE sku = $1`,
      [created],
    );
    expect(row).toEqual({ name: `E2E Downlight ${suffix} v2`, list_price_ore: 26000 });
  });

  await test.step('feeds stock and exports the catalogue', async () => {
    await upload(
      page,
      'stock-feed-file',
      'lager.csv',
      'text/csv',
      csv(['sku;stock_status;expected_date', `${imported};supplier_date_confirmed;2027-01-15`]),
    );
    await expect(page.getByTestId('stock-feed-result')).toContainText('1 linjer: 1 endret, 0 uendret.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe('catalog.csv');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text).toContain('artikkelnummer');
    expect(text).toContain(imported);
    await screenshot(page, 'catalog-admin-import-applied-nb');
  });

  await test.step('marks the new product end-of-life, with a replacement chosen among active products', async () => {
    await page.getByRole('link', { name: 'Produkter', exact: true }).click();
    await page.getByTestId('admin-product-search').fill(created);
    await page.getByTestId('admin-product-search').press('Enter');
    await page.getByTestId('admin-products').locator(`tr[data-sku="${created}"] a`).first().click();
    await page.getByTestId('product-lifecycle').selectOption('end_of_life');
    await page.getByTestId('replacement-search').fill(`E2E-${suffix}`);
    const candidates = page.getByTestId('replacement-candidates');
    // The product itself is never offered.
    await expect(candidates.locator(`li[data-sku="${imported}"]`)).toBeVisible();
    await expect(candidates.locator(`li[data-sku="${created}"]`)).toHaveCount(0);
    await candidates.locator(`li[data-sku="${imported}"] button`).click();
    await expect(page.getByTestId('replacement-chosen')).toContainText(imported);
    await page.getByTestId('save-product').click();
    await expect(page.locator('.alert-success')).toContainText('Endringene er lagret.');
    await shotsAtBothWidths(page, 'catalog-admin-end-of-life', () =>
      expect(page.getByTestId('replacement-chosen')).toContainText(imported),
    );
    await logout(page);
  });

  await test.step('the buyer sees the image and the replacement', async () => {
    await loginAs(page, BUYER);
    await page.goto(`/catalog?q=${encodeURIComponent(created)}`);
    const card = page.getByTestId('products').locator(`li[data-sku="${created}"]`);
    await expect(card.getByTestId('product-thumbnail')).toHaveAttribute('src', /\/api\/media\/.+thumbnail/);
    await expect(card.getByTestId('product-thumbnail')).toHaveAttribute('loading', 'lazy');
    await expect(card).toContainText(`Erstattes av ${imported}`);
    await card.locator('a.name').click();
    await expect(page.getByTestId('product-image')).toHaveAttribute('src', /\/api\/media\/.+detail/);
    await expect(page.getByTestId('end-of-life')).toContainText(imported);
    await expect(page.getByTestId('datasheet-link')).toBeVisible();
    await shotsAtBothWidths(page, 'catalog-admin-buyer-product', () =>
      expect(page.getByTestId('product-image')).toBeVisible(),
    );
    await page.getByTestId('replacement-link').click();
    await expect(page.getByTestId('product-sku')).toHaveText(imported);
    await expect(page.getByTestId('image-placeholder')).toBeVisible();
  });

  await test.step('a typo search finds downlights and says "did you mean"', async () => {
    await page.goto('/catalog');
    await page.getByTestId('catalog-search').fill('downlite');
    await page.getByTestId('catalog-search').press('Enter');
    await expect(page.getByTestId('did-you-mean')).toContainText(/Mente du downlights?\?/);
    await expect(page.getByTestId('products').locator('li[data-sku]').first()).toContainText(/downlight/i);
    await shotsAtBothWidths(page, 'catalog-admin-did-you-mean', () =>
      expect(page.getByTestId('did-you-mean')).toBeVisible(),
    );
    await setLanguage(page, 'en');
    await expect(page.getByTestId('did-you-mean')).toContainText(/Did you mean downlights?\?/);
    await setLanguage(page, 'nb');
    await logout(page);
  });
});

test('consultant: the back office read-only', async ({ page }) => {
  await loginAs(page, CONSULTANT);
  await page.goto('/catalog-admin/products');
  await expect(page.getByTestId('read-only')).toBeVisible();
  await expect(page.getByTestId('new-product')).toHaveCount(0);
  await page.getByTestId('admin-products').locator('tbody tr a').first().click();
  await expect(page.getByTestId('product-name')).toBeDisabled();
  await expect(page.getByTestId('save-product')).toHaveCount(0);
  await expect(page.getByTestId('image-file')).toHaveCount(0);
  await screenshot(page, 'catalog-admin-consultant-nb');
  await page.goto('/catalog-admin/import');
  await expect(page.getByTestId('import-file')).toHaveCount(0);
  await expect(page.getByTestId('export-csv')).toBeVisible();
  await page.goto('/catalog-admin/categories');
  await expect(page.getByTestId('category-add')).toHaveCount(0);
  await expect(page.getByTestId('category-tree').locator('tbody tr').first()).toBeVisible();
  await logout(page);
});

test('shop admin: edits the category tree; a category holding products cannot be deleted', async ({ page }) => {
  const suffix = uniqueSuffix();
  const name = `E2E kategori ${suffix}`;
  await loginAs(page, ADMIN);
  await page.goto('/catalog-admin/categories');
  const tree = page.getByTestId('category-tree');

  await page.getByTestId('new-category-name').fill(name);
  await page.getByTestId('new-category-name-en').fill(`E2E category ${suffix}`);
  await page.getByTestId('category-add-button').click();
  await expect(page.locator('.alert-success')).toContainText(`Kategorien ${name} er lagt til.`);
  const row = tree.locator('tbody tr', { hasText: name });
  await expect(row).toBeVisible();

  // Renamed in both languages and moved under Downlights.
  const [downlights] = await query<{ id: string }>(`SELECT id FROM categories WHERE slug = 'downlights'`);
  await row.getByTestId('category-edit-button').click();
  const edit = page.getByTestId('category-edit');
  await edit.getByTestId('category-edit-name').fill(`${name} (ny)`);
  await edit.getByTestId('category-edit-name-en').fill(`E2E category ${suffix} (new)`);
  await edit.getByTestId('category-edit-parent').selectOption(downlights.id);
  await edit.getByTestId('category-save').click();
  await expect(page.locator('.alert-success')).toContainText('Kategorien er lagret.');
  const renamed = tree.locator('tbody tr', { hasText: `${name} (ny)` });
  await expect(renamed).toContainText(`E2E category ${suffix} (new)`);
  const [moved] = await query<{ parent: string }>(
    `SELECT p.slug AS parent FROM categories c JOIN categories p ON p.id = c.parent_id WHERE c.name = $1`,
    [`${name} (ny)`],
  );
  expect(moved?.parent).toBe('downlights');

  // Downlights holds products: the API refuses, and the row says why.
  page.once('dialog', (dialog) => void dialog.accept());
  await tree.locator('tr[data-category="downlights"]').getByTestId('category-delete').click();
  await expect(tree.locator('tr[data-category="downlights"]').getByTestId('category-error')).toContainText(
    'Kategorien har produkter. Flytt dem før du sletter den.',
  );
  await shotsAtBothWidths(page, 'catalog-admin-categories', () => expect(tree).toBeVisible());

  page.once('dialog', (dialog) => void dialog.accept());
  await renamed.getByTestId('category-delete').click();
  await expect(page.locator('.alert-success')).toContainText(`Kategorien ${name} (ny) er slettet.`);
  await expect(renamed).toHaveCount(0);
  await logout(page);
});
