import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CartApi } from '@lumen/portal/cart';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { QuickOrderReport } from '@lumen/shared/contracts';
import { of, throwError } from 'rxjs';
import { QuickOrderApi } from './quick-order.api';
import { QuickOrderPage } from './quick-order.page';
import { QUICK_ORDER_TRANSLATIONS } from './quick-order.translations';

describe('QuickOrderPage upload', () => {
  let check: jest.Mock;
  let translations: TranslationService;

  beforeEach(() => {
    localStorage.clear(); // the chosen language is kept there
    check = jest.fn();
    TestBed.configureTestingModule({
      imports: [QuickOrderPage],
      providers: [
        provideRouter([]),
        { provide: QuickOrderApi, useValue: { check } },
        { provide: CartApi, useValue: { refresh: jest.fn() } },
      ],
    });
    translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(QUICK_ORDER_TRANSLATIONS);
  });

  async function uploadRefusedBy(error: { statusCode: number; code: string; message: string; details?: unknown }) {
    check.mockReturnValue(throwError(() => new HttpErrorResponse({ status: error.statusCode, error })));
    const fixture = TestBed.createComponent(QuickOrderPage);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    const input = element.querySelector<HTMLInputElement>('[data-testid="csv-file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [new File(['%PDF-1.7'], 'order.pdf')] });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    return { element, fixture, input };
  }

  const alertText = (element: HTMLElement) => element.querySelector('[role="alert"]')?.textContent?.trim();

  it('offers CSV, text and Excel files', async () => {
    const fixture = TestBed.createComponent(QuickOrderPage);
    await fixture.whenStable();
    const input = (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('[data-testid="csv-file"]');
    expect(input?.accept).toBe('.csv,.txt,.xlsx');
  });

  it('says in Norwegian and in English which files it takes when the API refuses the file (415)', async () => {
    const { element, fixture } = await uploadRefusedBy({
      statusCode: 415,
      code: 'unsupported_file_type',
      message: 'Upload a CSV or Excel file',
    });
    expect(check).toHaveBeenCalledWith({ file: expect.any(File) });
    expect(alertText(element)).toBe(
      'Last opp en CSV- eller Excel-fil (.csv, .txt eller .xlsx). En gammel .xls-fil må lagres som .xlsx først.',
    );
    translations.setLocale('en');
    await fixture.whenStable();
    expect(alertText(element)).toBe(
      'Upload a CSV or Excel file (.csv, .txt or .xlsx). Save an old .xls file as .xlsx first.',
    );
  });

  it('names the line of a NUL character', async () => {
    const { element } = await uploadRefusedBy({
      statusCode: 400,
      code: 'invalid_characters',
      message: 'Line 7: contains a NUL character; remove it and upload the file again',
      details: [{ line: 7, code: 'invalid_characters', message: 'Line 7: …' }],
    });
    expect(alertText(element)).toBe(
      'Linje 7 inneholder et tegn som ikke kan brukes (NUL). Fjern det og last opp filen på nytt.',
    );
  });
});

describe('QuickOrderPage: taking a replacement', () => {
  const price = (unitPriceOre: number) => ({
    tier: 'gold' as const,
    unitPriceOre,
    unitPriceInclVatOre: unitPriceOre * 1.25,
  });
  const report: QuickOrderReport = {
    id: 'check-1',
    expiresAt: '2026-12-03T10:00:00.000Z',
    summary: {
      lines: 2,
      summedLines: 0,
      orderableProducts: 1,
      orderableTotalOre: 80_000_00,
      ok: 1,
      unknown_sku: 0,
      missing_sku: 0,
      invalid_quantity: 0,
      end_of_life: 1,
      not_orderable: 0,
    },
    view: 'all',
    page: 1,
    pageSize: 50,
    total: 2,
    lines: [
      { line: 1, sku: 'LT-10001', quantity: 80_000, status: 'ok' },
      { line: 2, sku: 'LT-10002', quantity: 3, status: 'end_of_life', replacementSku: 'LT-10003' },
    ],
    products: [
      { sku: 'LT-10001', name: 'Elv skinnespot', stockStatus: 'in_stock', price: price(100) },
      {
        sku: 'LT-10002',
        name: 'Gammel downlight',
        stockStatus: 'in_stock',
        endOfLife: true,
        replacementSku: 'LT-10003',
        price: price(500),
      },
      { sku: 'LT-10003', name: 'Ny downlight', stockStatus: 'in_stock', price: price(700_00) },
    ],
  };

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [QuickOrderPage],
      providers: [
        provideRouter([]),
        { provide: QuickOrderApi, useValue: { check: () => of({ phase: 'done', report }) } },
        { provide: CartApi, useValue: { refresh: jest.fn() } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(QUICK_ORDER_TRANSLATIONS);
  });

  it('shows the replacement on its row and counts it into the valid lines and their total', async () => {
    const fixture = TestBed.createComponent(QuickOrderPage);
    await fixture.whenStable();
    (fixture.componentInstance as unknown as { checkRows(lines: unknown[]): void }).checkRows([]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const row = () => element.querySelector('tr[data-line="2"]') as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(element.querySelector('tr[data-line="1"] td.num')?.textContent).toContain('80\u00a0000');
    expect(row().textContent).toContain('Gammel downlight');

    element.querySelector<HTMLButtonElement>('[data-testid="take-replacement-2"]')?.click();
    await fixture.whenStable();
    expect(row().textContent).toContain('Ny downlight');
    expect(row().querySelector('.price')?.textContent).toContain('700,00');
    expect(text('[data-testid="add-to-cart"]')).toContain('2');
    // 80,000 × kr 1.00 + 3 × kr 700.00
    expect(element.textContent?.replace(/\s/g, ' ')).toContain('kr 82 100,00');
  });
});
