import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CatalogImportReport, CatalogImportReportLine } from '@lumen/shared/contracts';
import { CATALOG_ADMIN_TRANSLATIONS } from './catalog-admin.translations';
import { CatalogAdminImportPage } from './import.page';

const lines = (from: number, count: number, status: CatalogImportReportLine['status']): CatalogImportReportLine[] =>
  Array.from({ length: count }, (_, i) => ({
    line: from + i,
    sku: `LT-${from + i}`,
    status,
    ...(status === 'changed' ? { changedFields: ['name', 'listPriceOre'] as const } : {}),
    ...(status === 'refused'
      ? { problems: [{ field: 'listPriceOre' as const, code: 'out_of_range', message: 'list_price_ore: below 0' }] }
      : {}),
  })) as CatalogImportReportLine[];

function report(over: Partial<CatalogImportReport> = {}): CatalogImportReport {
  return {
    id: 'imp-1',
    mode: 'dry-run',
    applied: false,
    fileName: 'products.csv',
    columns: ['sku', 'name', 'listPriceOre'],
    expiresAt: '2026-12-03T10:00:00Z',
    summary: { lines: 250, created: 100, changed: 100, unchanged: 50, refused: 0 },
    view: 'all',
    page: 1,
    pageSize: 100,
    total: 250,
    lines: lines(2, 100, 'created'),
    ...over,
  };
}

describe('CatalogAdminImportPage', () => {
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [CatalogAdminImportPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { can: () => true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(CATALOG_ADMIN_TRANSLATIONS);
    translations.setLocale('en');
    const fixture = TestBed.createComponent(CatalogAdminImportPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  /** The answer's promise settles, then the signals it set are drawn. */
  const stable = () => new Promise((done) => setTimeout(done, 0));
  const text = (testId: string) =>
    element.querySelector(`[data-testid=${testId}]`)?.textContent?.replace(/\s+/g, ' ').trim();

  async function upload(answer: CatalogImportReport) {
    const input = element.querySelector<HTMLInputElement>('[data-testid=import-file]');
    if (!input) throw new Error('no file field');
    const file = new File(['sku;name\nLT-1;A\n'], 'products.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    const request = http.expectOne((r) => r.url === '/api/staff/products/import');
    expect(request.request.params.get('mode')).toBe('dry-run');
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    request.flush(answer);
    await stable();
    TestBed.tick();
  }

  it('shows the dry run’s counts and pages through the stored report', async () => {
    await upload(report());
    expect(text('import-summary')).toBe('250 lines: 100 new, 100 changed, 50 unchanged, 0 refused.');
    expect(text('import-range')).toBe('Showing 1–100 of 250 lines');
    expect(element.querySelector('.pager')?.textContent).toContain('Page 1 of 3');

    [...element.querySelectorAll<HTMLButtonElement>('.pager button')]
      .find((b) => b.textContent?.includes('Next'))
      ?.click();
    const page2 = http.expectOne((r) => r.url === '/api/staff/product-imports/imp-1');
    expect(page2.request.params.get('page')).toBe('2');
    expect(page2.request.params.get('view')).toBe('all');
    expect(page2.request.params.get('pageSize')).toBe('100');
    page2.flush(report({ page: 2, lines: lines(102, 100, 'changed') }));
    await stable();
    TestBed.tick();
    expect(text('import-range')).toBe('Showing 101–200 of 250 lines');
    expect(element.querySelector('tr[data-line="102"]')?.textContent).toContain('Changes: Name, List price excl. VAT');
    // The summary covers every line, whatever the page.
    expect(text('import-summary')).toBe('250 lines: 100 new, 100 changed, 50 unchanged, 0 refused.');
  });

  it('keeps only the newest page when answers arrive out of order', async () => {
    await upload(report());
    const view = element.querySelector<HTMLSelectElement>('[data-testid=import-view]');
    if (!view) throw new Error('no view select');
    view.value = 'changes';
    view.dispatchEvent(new Event('change'));
    const slow = http.expectOne((r) => r.params.get('view') === 'changes');
    view.value = 'problems';
    view.dispatchEvent(new Event('change'));
    const fast = http.expectOne((r) => r.params.get('view') === 'problems');
    fast.flush(report({ view: 'problems', total: 0, lines: [] }));
    slow.flush(report({ view: 'changes', total: 200, lines: lines(2, 100, 'changed') }));
    await stable();
    TestBed.tick();
    expect(text('import-empty')).toBe('No lines in this view.');
  });

  it('names each refusal by field and line, and will not apply a file with refused lines', async () => {
    await upload(
      report({
        summary: { lines: 3, created: 1, changed: 0, unchanged: 0, refused: 2 },
        total: 3,
        lines: [...lines(2, 1, 'created'), ...lines(3, 2, 'refused')],
      }),
    );
    expect(element.querySelector('tr[data-line="3"] .problems')?.textContent?.trim()).toBe(
      'List price excl. VAT: out of range',
    );
    expect(element.querySelector<HTMLButtonElement>('[data-testid=apply-import]')?.disabled).toBe(true);
    expect(text('fix-first')).toContain('Fix the refused lines');
  });

  it('applies the same file and says what was saved', async () => {
    await upload(report());
    element.querySelector<HTMLButtonElement>('[data-testid=apply-import]')?.click();
    const apply = http.expectOne((r) => r.url === '/api/staff/products/import');
    expect(apply.request.params.get('mode')).toBe('apply');
    expect(((apply.request.body as FormData).get('file') as File).name).toBe('products.csv');
    apply.flush(report({ mode: 'apply', applied: true }));
    await stable();
    TestBed.tick();
    expect(element.querySelector('.alert-success')?.textContent).toContain(
      'Saved: 100 new, 100 changed and 50 unchanged products.',
    );
    expect(element.querySelector('[data-testid=apply-import]')).toBeNull();
  });

  it('asks for the file again once the stored report has expired', async () => {
    await upload(report());
    [...element.querySelectorAll<HTMLButtonElement>('.pager button')]
      .find((b) => b.textContent?.includes('Next'))
      ?.click();
    http
      .expectOne((r) => r.url === '/api/staff/product-imports/imp-1')
      .flush(
        { statusCode: 404, code: 'not_found', message: 'No such import' },
        { status: 404, statusText: 'Not Found' },
      );
    await stable();
    TestBed.tick();
    expect(element.querySelector('[data-testid=import-report]')).toBeNull();
    expect(element.querySelector('.alert-error')?.textContent).toContain('upload the file again');
  });
});
