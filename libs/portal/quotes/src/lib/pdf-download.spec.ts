import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { QUOTES_TRANSLATIONS } from './quotes.translations';
import { PdfDownloadButton } from './pdf-download';

// jsdom's Blob has no text(), which every browser has; the error path reads the API's JSON with it.
Blob.prototype.text ??= function (this: Blob) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(this);
  });
};

describe('PdfDownloadButton', () => {
  let saved: { href: string; download: string }[];

  beforeEach(() => {
    saved = [];
    URL.createObjectURL = () => 'blob:revision';
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.href, download: this.download });
    });
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const translations = TestBed.inject(TranslationService);
    for (const dictionary of [CORE_TRANSLATIONS, QUOTES_TRANSLATIONS]) translations.register(dictionary);
  });
  afterEach(() => jest.restoreAllMocks());

  async function render(path = '/quotes/quote-1/revisions/2.pdf') {
    const fixture = TestBed.createComponent(PdfDownloadButton);
    fixture.componentRef.setInput('path', path);
    fixture.componentRef.setInput('label', 'quotes.downloadPdf');
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-testid="pdf-download"]')?.click();
    return { fixture, element, http: TestBed.inject(HttpTestingController) };
  }

  it('fetches the document and saves it under the name the API gives', async () => {
    const { fixture, element, http } = await render();
    const request = http.expectOne('/api/quotes/quote-1/revisions/2.pdf');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF-1.7']), {
      headers: new HttpHeaders({ 'content-disposition': 'attachment; filename="tilbud-Q-000011-rev-2.pdf"' }),
    });
    await fixture.whenStable();
    expect(saved).toEqual([{ href: 'blob:revision', download: 'tilbud-Q-000011-rev-2.pdf' }]);
    fixture.detectChanges();
    expect(element.textContent).toContain('Last ned PDF');
  });

  it('falls back to the last part of the path when the API names no file', async () => {
    const { fixture, http } = await render('/orders/order-1/confirmation.pdf');
    http.expectOne('/api/orders/order-1/confirmation.pdf').flush(new Blob(['%PDF-1.7']));
    await fixture.whenStable();
    expect(saved).toEqual([{ href: 'blob:revision', download: 'confirmation.pdf' }]);
  });

  it("shows the API's error when the revision cannot be had", async () => {
    const { fixture, element, http } = await render();
    const body = new Blob([JSON.stringify({ code: 'not_found', message: 'Quote revision not found' })], {
      type: 'application/json',
    });
    http.expectOne('/api/quotes/quote-1/revisions/2.pdf').flush(body, { status: 404, statusText: 'Not Found' });
    // jsdom's FileReader answers some tasks later.
    for (let tick = 0; tick < 50 && !element.querySelector('.alert'); tick++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      fixture.detectChanges();
    }
    expect(saved).toEqual([]);
    expect(element.textContent).toContain(TestBed.inject(TranslationService).translate('errors.not_found'));
  });
});
