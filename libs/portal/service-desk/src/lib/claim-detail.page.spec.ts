import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { ORDERS_TRANSLATIONS } from '@lumen/portal/orders';
import type { ClaimDetail } from '@lumen/shared/contracts';
import { ClaimDetailPage } from './claim-detail.page';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';

const CLAIM: ClaimDetail = {
  id: 'cl1',
  kind: 'damage',
  number: 'D-000003',
  status: 'open',
  order: { id: 'o1', number: 10017 },
  orderLineId: 'l1',
  sku: 'LT-1',
  name: 'Spot',
  quantity: 1,
  createdAt: '2026-12-01T08:00:00Z',
  createdBy: 'Kari',
  company: { id: 'co', name: 'Nordlys Elektro AS' },
  description: 'Knust glass',
  photos: [],
  decision: null,
  decisionReason: null,
  decidedAt: null,
  decidedBy: null,
  replacementShipmentId: null,
  creditNotes: [],
  caseId: null,
};

describe('ClaimDetailPage', () => {
  let http: HttpTestingController;

  async function render(detail: ClaimDetail) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const translations = TestBed.inject(TranslationService);
    for (const dictionary of [CORE_TRANSLATIONS, ORDERS_TRANSLATIONS, SERVICE_DESK_TRANSLATIONS])
      translations.register(dictionary);
    translations.setLocale('en');
    const fixture = TestBed.createComponent(ClaimDetailPage);
    fixture.componentRef.setInput('id', 'cl1');
    fixture.detectChanges();
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    http.expectOne('/api/staff/claims/cl1').flush(detail);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const get = <T extends HTMLElement>(testId: string): T => {
      const found = element.querySelector<T>(`[data-testid="${testId}"]`);
      if (!found) throw new Error(`no [data-testid=${testId}]`);
      return found;
    };
    const decisions = () =>
      [...element.querySelectorAll('[data-testid^="decision-"][type=radio]')].map((e) =>
        e.getAttribute('data-testid')?.replace('decision-', ''),
      );
    return { element, get, settle, decisions };
  }

  afterEach(() => http.verify());

  it('offers a damage report only a replacement or a credit, a warranty claim all four', async () => {
    expect((await render(CLAIM)).decisions()).toEqual(['replacement', 'credit']);
    TestBed.resetTestingModule();
    expect((await render({ ...CLAIM, kind: 'warranty' })).decisions()).toEqual([
      'replacement',
      'repair',
      'credit',
      'refuse',
    ]);
  });

  it('sends a replacement only with its tracking number, by the carrier chosen', async () => {
    const { get, settle } = await render(CLAIM);
    get<HTMLInputElement>('decision-replacement').click();
    await settle();
    const save = get<HTMLButtonElement>('save-decision');
    expect(save.disabled).toBe(true);
    const tracking = get<HTMLInputElement>('decision-tracking');
    tracking.value = 'RP123NO';
    tracking.dispatchEvent(new Event('input'));
    await settle();
    expect(save.disabled).toBe(false);
    save.click();
    const request = http.expectOne({ method: 'POST', url: '/api/staff/claims/cl1/decide' });
    expect(request.request.body).toEqual({ decision: 'replacement', carrier: 'bring', trackingNumber: 'RP123NO' });
    request.flush({});
    await settle();
    http.expectOne('/api/staff/claims/cl1').flush({ ...CLAIM, status: 'replacement_sent', decision: 'replacement' });
    await settle();
    expect(get('claim-status').textContent).toContain('Replacement sent');
    expect(get('claim-decision').querySelector('form')).toBeNull();
  });
});
