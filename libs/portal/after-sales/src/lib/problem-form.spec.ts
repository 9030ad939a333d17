import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ClaimDetail, OrderLineAfterSales } from '@lumen/shared/contracts';
import { AFTER_SALES_TRANSLATIONS } from './after-sales.translations';
import { ProblemForm } from './problem-form';

const line: OrderLineAfterSales = {
  orderLineId: 'l1',
  position: 1,
  sku: 'LT-1',
  name: 'Downlight',
  quantity: 4,
  cancellableQuantity: 0,
  cancelNeedsApproval: false,
  returnableQuantity: 4,
  deliveredQuantity: 4,
  warrantyOpenUntil: '2027-12-02',
  damageReportOpenUntil: '2026-12-04T10:00:00Z',
};

describe('ProblemForm', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(AFTER_SALES_TRANSLATIONS);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render(damageOpen: boolean) {
    const fixture = TestBed.createComponent(ProblemForm);
    fixture.componentRef.setInput('orderId', 'o1');
    fixture.componentRef.setInput('line', line);
    fixture.componentRef.setInput('warrantyOpen', true);
    fixture.componentRef.setInput('damageOpen', damageOpen);
    const done: ClaimDetail[] = [];
    fixture.componentInstance.done.subscribe((claim) => done.push(claim));
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement, done };
  }

  it('offers transport damage only while its 48 hours run, and starts there', async () => {
    const early = await render(true);
    expect(early.element.querySelector<HTMLInputElement>('[data-testid="kind-damage"]')?.checked).toBe(true);
    expect(early.element.querySelector('[data-testid="submit-problem"]')?.textContent).toContain('Meld transportskade');
    const late = await render(false);
    expect(late.element.querySelector('[data-testid="kind-damage"]')).toBeNull();
    expect(late.element.querySelector<HTMLInputElement>('[data-testid="kind-warranty"]')?.checked).toBe(true);
  });

  it('sends the claim and its photo as multipart to the warranty route, showing the upload', async () => {
    const { fixture, element, done } = await render(false);
    const description = element.querySelector<HTMLTextAreaElement>('[data-testid="problem-description"]');
    if (!description) throw new Error('no description');
    description.value = 'Flickers';
    description.dispatchEvent(new Event('input'));
    const input = element.querySelector<HTMLInputElement>('[data-testid="file-input"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [new File(['png'], 'photo.png', { type: 'image/png' })] });
    input.dispatchEvent(new Event('change'));
    element.querySelector<HTMLButtonElement>('[data-testid="submit-problem"]')?.click();
    await fixture.whenStable();
    const sent = http.expectOne({ method: 'POST', url: '/api/warranty-claims' });
    const body = sent.request.body as FormData;
    expect([body.get('orderId'), body.get('orderLineId'), body.get('quantity'), body.get('description')]).toEqual([
      'o1',
      'l1',
      '1',
      'Flickers',
    ]);
    expect((body.getAll('photos') as File[]).map((file) => file.name)).toEqual(['photo.png']);
    sent.event({ type: HttpEventType.UploadProgress, loaded: 40, total: 100 });
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="upload-progress"]')?.textContent).toContain('Sender … 40 %');
    sent.flush({ id: 'claim-1', kind: 'warranty', number: 'W-000001' });
    await fixture.whenStable();
    expect(done.map((claim) => claim.number)).toEqual(['W-000001']);
  });
});
