import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CaseMetrics, CaseSummary, StaffCasePage } from '@lumen/shared/contracts';
import { CaseQueuePage, QUEUE_REFRESH_MS } from './case-queue.page';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';

const OVERDUE: CaseSummary = {
  id: 'c1',
  number: 'C-000001',
  category: 'technical_support',
  subject: 'Router',
  status: 'open',
  company: { id: 'co', name: 'Nordlys Elektro AS' },
  order: null,
  invoice: null,
  openedAt: '2026-11-30T08:00:00Z',
  openedBy: 'Kari',
  firstAnswerDueAt: '2026-12-01T08:00:00Z',
  firstAnsweredAt: null,
  overdue: true,
  assignee: null,
  lastMessageAt: '2026-11-30T08:00:00Z',
  awaitingStaff: true,
  messageCount: 1,
};
const PAGE: StaffCasePage = {
  items: [
    OVERDUE,
    {
      ...OVERDUE,
      id: 'c2',
      number: 'C-000002',
      overdue: false,
      firstAnswerDueAt: null,
      firstAnsweredAt: '2026-12-01T09:00:00Z',
    },
  ],
  total: 2,
  page: 1,
  pageSize: 25,
  counts: { open: 7, waitingForCustomer: 0, overdue: 1, unassigned: 3 },
};
const METRICS: CaseMetrics = {
  windowDays: 30,
  answered: 8,
  answeredInTime: 6,
  shareAnsweredInTime: 0.75,
  openOverdue: 1,
};

describe('CaseQueuePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(SERVICE_DESK_TRANSLATIONS);
    translations.setLocale('en');
  });
  afterEach(() => {
    http.verify();
  });

  async function answer(
    fixture: { detectChanges(): void; whenStable(): Promise<unknown> },
    query: Record<string, string>,
  ) {
    const request = http.expectOne((r) => r.url === '/api/staff/cases');
    expect(
      Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)])),
    ).toEqual(query);
    request.flush(PAGE);
    http.expectOne('/api/staff/metrics/cases').flush(METRICS);
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  it('asks for the open cases first, flags the overdue one and shows the counts and the share answered in time', async () => {
    const fixture = TestBed.createComponent(CaseQueuePage);
    fixture.detectChanges();
    await answer(fixture, { status: 'open', page: '1', pageSize: '25' });
    const element = fixture.nativeElement as HTMLElement;
    const rows = [...element.querySelectorAll('[data-testid="case-queue"] tbody tr')];
    expect(rows.map((row) => row.classList.contains('overdue'))).toEqual([true, false]);
    expect(rows[0].querySelector('[data-testid="overdue"]')?.textContent?.trim()).toBe('Overdue');
    expect(rows[1].textContent).toContain('Answered');
    expect(element.querySelector('[data-testid="metric-share"]')?.textContent?.trim()).toBe('75%');
    expect(element.querySelector('[data-testid="metric-unassigned"]')?.textContent?.trim()).toBe('3');
    const count = (status: string) =>
      element.querySelector(`[data-status="${status}"] .count`)?.textContent?.trim() ?? null;
    expect(['open', 'waiting_for_customer', 'overdue', 'resolved', 'all'].map(count)).toEqual([
      '7',
      '0',
      '1',
      null,
      null,
    ]);
  });

  it('asks for overdue cases of any status, the category and "mine" as chosen', async () => {
    const fixture = TestBed.createComponent(CaseQueuePage);
    fixture.detectChanges();
    await answer(fixture, { status: 'open', page: '1', pageSize: '25' });
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('[data-status="overdue"]')?.click();
    await answer(fixture, { overdue: 'true', page: '1', pageSize: '25' });
    const select = (testId: string, value: string) => {
      const field = element.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`);
      if (!field) throw new Error(`no ${testId}`);
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    select('case-category', 'technical_support');
    await answer(fixture, { overdue: 'true', category: 'technical_support', page: '1', pageSize: '25' });
    select('case-assignee', 'me');
    await answer(fixture, {
      overdue: 'true',
      category: 'technical_support',
      assignee: 'me',
      page: '1',
      pageSize: '25',
    });
  });

  it('refreshes itself every minute and stops when left', async () => {
    let tick: () => void = () => undefined;
    const interval = jest.spyOn(globalThis, 'setInterval').mockImplementation(((callback: () => void, ms: number) => {
      expect(ms).toBe(QUEUE_REFRESH_MS);
      tick = callback;
      return 42;
    }) as never);
    const cleared = jest.spyOn(globalThis, 'clearInterval').mockImplementation(() => undefined);
    const fixture = TestBed.createComponent(CaseQueuePage);
    fixture.detectChanges();
    await answer(fixture, { status: 'open', page: '1', pageSize: '25' });
    tick();
    await answer(fixture, { status: 'open', page: '1', pageSize: '25' });
    fixture.destroy();
    expect(cleared).toHaveBeenCalledWith(42);
    interval.mockRestore();
    cleared.mockRestore();
  });
});
