import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { Cancellation, CancellationPage } from '@lumen/shared/contracts';
import { CancellationsPage } from './cancellations.page';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';

const REQUEST: Cancellation = {
  id: 'x1',
  orderId: 'o1',
  orderLineId: 'l1',
  sku: 'LT-1',
  name: 'Spot',
  quantity: 2,
  status: 'requested',
  reason: 'Too many',
  requestedAt: '2026-12-01T08:00:00Z',
  requestedBy: 'Kari',
  decidedAt: null,
  decidedBy: null,
  refusalReason: null,
  caseId: null,
};
const page = (items: Cancellation[]): CancellationPage => ({ items, total: items.length, page: 1, pageSize: 25 });

describe('CancellationsPage', () => {
  it('asks for the requests to decide and refuses one only with a reason', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(SERVICE_DESK_TRANSLATIONS);
    translations.setLocale('en');
    const fixture = TestBed.createComponent(CancellationsPage);
    fixture.detectChanges();
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const list = () =>
      http.expectOne((r) => r.url === '/api/staff/cancellations' && r.params.get('status') === 'requested');
    list().flush(page([REQUEST]));
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const get = <T extends HTMLElement>(testId: string): T => {
      const found = element.querySelector<T>(`[data-testid="${testId}"]`);
      if (!found) throw new Error(`no [data-testid=${testId}]`);
      return found;
    };
    get('refuse-cancellation').click();
    await settle();
    expect(get<HTMLButtonElement>('confirm-refuse').disabled).toBe(true);
    const reason = get<HTMLInputElement>('refusal-reason');
    reason.value = 'Already packed';
    reason.dispatchEvent(new Event('input'));
    await settle();
    get<HTMLButtonElement>('confirm-refuse').click();
    const refuse = http.expectOne({ method: 'POST', url: '/api/staff/cancellations/x1/refuse' });
    expect(refuse.request.body).toEqual({ reason: 'Already packed' });
    refuse.flush({ ...REQUEST, status: 'refused' });
    await settle();
    list().flush(page([]));
    await settle();
    expect(element.querySelector('[role=status]')?.textContent).toContain('refused');
    expect(element.textContent).toContain('No cancellations waiting.');
    http.verify();
  });
});
