import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, type Locale, TranslationService } from '@lumen/portal/core';
import { CATALOG_ADMIN_TRANSLATIONS } from './catalog-admin.translations';
import { ExportCard } from './export-card';

describe('export card', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(CATALOG_ADMIN_TRANSLATIONS);
  });

  async function chosenHeaders(locale: Locale): Promise<string | undefined> {
    TestBed.inject(TranslationService).setLocale(locale);
    const fixture = TestBed.createComponent(ExportCard);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return element.querySelector<HTMLInputElement>('input[name=export-headers]:checked')?.value;
  }

  // French reads the English headers: the file has no French ones, and Norwegian would be foreign to the reader.
  it.each([
    ['nb', 'nb'],
    ['en', 'en'],
    ['fr', 'en'],
  ] as const)('offers a %s user the %s headers first', async (locale, headers) => {
    expect(await chosenHeaders(locale)).toBe(headers);
  });
});
