import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { ReturnDetail } from '@lumen/shared/contracts';
import { ReturnDetailPage } from './return-detail.page';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';

const RETURN: ReturnDetail = {
  id: 'r1',
  rmaNumber: 'RMA-000007',
  status: 'requested',
  order: { id: 'o1', number: 10017 },
  company: { id: 'co', name: 'Nordlys Elektro AS' },
  createdAt: '2026-12-01T08:00:00Z',
  createdBy: 'Kari',
  lineCount: 2,
  quantity: 3,
  creditedNetOre: 0,
  reason: 'Ordered too many',
  lines: [
    {
      orderLineId: 'l1',
      sku: 'LT-1',
      name: 'Spot',
      quantity: 2,
      unitPriceOre: 10000,
      verdict: null,
      refusalReason: null,
    },
    {
      orderLineId: 'l2',
      sku: 'LT-2',
      name: 'Driver',
      quantity: 1,
      unitPriceOre: 5000,
      verdict: null,
      refusalReason: null,
    },
  ],
  receivedAt: null,
  inspectedAt: null,
  creditNotes: [],
  refundMethod: 'invoice',
  caseId: 'case-1',
};

describe('ReturnDetailPage', () => {
  let http: HttpTestingController;

  async function render(detail: ReturnDetail) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(SERVICE_DESK_TRANSLATIONS);
    translations.setLocale('en');
    const fixture = TestBed.createComponent(ReturnDetailPage);
    fixture.componentRef.setInput('id', 'r1');
    fixture.detectChanges();
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    http.expectOne('/api/staff/returns/r1').flush(detail);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const all = (testId: string) => [...element.querySelectorAll<HTMLInputElement>(`[data-testid="${testId}"]`)];
    const one = (testId: string) => all(testId)[0] ?? null;
    return { settle, one, all };
  }

  afterEach(() => http.verify());

  it('offers only "received" on a requested return', async () => {
    const { one, all } = await render(RETURN);
    expect(one('receive-return')).not.toBeNull();
    expect(all('verdict-accept')).toEqual([]);
    expect(one('save-inspection')).toBeNull();
  });

  it('asks a verdict for every line and a reason for a refusal before it sends the inspection', async () => {
    const { settle, one, all } = await render({ ...RETURN, status: 'received', receivedAt: '2026-12-02T08:00:00Z' });
    expect(one('receive-return')).toBeNull();
    const save = one('save-inspection') as unknown as HTMLButtonElement;
    all('verdict-accept')[0].click();
    await settle();
    expect(save.disabled).toBe(true);
    all('verdict-refuse')[1].click();
    await settle();
    expect(save.disabled).toBe(true);
    const reason = one('verdict-reason');
    reason.value = 'Opened and used';
    reason.dispatchEvent(new Event('input'));
    await settle();
    expect(save.disabled).toBe(false);
    save.click();
    const request = http.expectOne({ method: 'POST', url: '/api/staff/returns/r1/inspect' });
    expect(request.request.body).toEqual({
      lines: [
        { orderLineId: 'l1', verdict: 'accepted' },
        { orderLineId: 'l2', verdict: 'refused', refusalReason: 'Opened and used' },
      ],
    });
    request.flush({});
    await settle();
    http.expectOne('/api/staff/returns/r1').flush({ ...RETURN, status: 'credited' });
    await settle();
  });

  it('shows a credited return’s verdicts and its credit note with PDF and EHF, and no more actions', async () => {
    const { one, all } = await render({
      ...RETURN,
      status: 'credited',
      lines: [
        { ...RETURN.lines[0], verdict: 'accepted' },
        { ...RETURN.lines[1], verdict: 'refused', refusalReason: 'Used' },
      ],
      creditNotes: [{ id: 'cn1', number: 20003, grossOre: 25000 }],
    });
    expect(one('receive-return')).toBeNull();
    expect(one('save-inspection')).toBeNull();
    expect(one('credit-note')?.textContent).toContain('Credit note 20003');
    expect(all('pdf-download').map((b) => b.getAttribute('data-path'))).toEqual([
      '/invoices/cn1.pdf',
      '/invoices/cn1.xml',
    ]);
  });
});
