import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CartApi } from '@lumen/portal/cart';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { throwError } from 'rxjs';
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
