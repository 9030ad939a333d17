import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { QUOTES_TRANSLATIONS } from './quotes.translations';
import { RevisionPdfButton } from './revision-pdf';

// jsdom's Blob has no text(), which every browser has; the error path reads the API's JSON with it.
Blob.prototype.text ??= function (this: Blob) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(this);
  });
};

describe('RevisionPdfButton', () => {
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

  async function render(desk: boolean) {
    const fixture = TestBed.createComponent(RevisionPdfButton);
    fixture.componentRef.setInput('quoteId', 'quote-1');
    fixture.componentRef.setInput('quoteNumber', 'Q-000011');
    fixture.componentRef.setInput('revision', 2);
    fixture.componentRef.setInput('desk', desk);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-testid="revision-pdf"]')?.click();
    return { fixture, element, http: TestBed.inject(HttpTestingController) };
  }

  it("fetches the customer's revision and saves it under the name the API gives", async () => {
    const { fixture, element, http } = await render(false);
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

  it("takes the desk's route for the consultant", async () => {
    const { http } = await render(true);
    http.expectOne('/api/staff/quotes/quote-1/revisions/2.pdf');
  });

  it("shows the API's error when the revision cannot be had", async () => {
    const { fixture, element, http } = await render(false);
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
