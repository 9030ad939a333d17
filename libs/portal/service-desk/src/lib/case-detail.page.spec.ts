import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CaseDetail } from '@lumen/shared/contracts';
import { defineRulesFor } from '@lumen/shared/permissions';
import { CaseDetailPage } from './case-detail.page';
import { SERVICE_DESK_TRANSLATIONS } from './service-desk.translations';

const CASE: CaseDetail = {
  id: 'case-1',
  number: 'C-000042',
  category: 'technical_support',
  subject: 'The router drops the line',
  status: 'open',
  company: { id: 'co', name: 'Nordlys Elektro AS' },
  order: null,
  invoice: null,
  openedAt: '2026-12-01T08:00:00Z',
  openedBy: 'Kari Nordmann',
  firstAnswerDueAt: '2026-12-02T08:00:00Z',
  firstAnsweredAt: null,
  overdue: true,
  assignee: null,
  lastMessageAt: '2026-12-01T08:00:00Z',
  awaitingStaff: true,
  messageCount: 1,
  orderLineId: null,
  messages: [
    {
      id: 'm1',
      author: { name: 'Kari Nordmann', staff: false },
      body: 'It drops every hour.',
      createdAt: '2026-12-01T08:00:00Z',
      attachments: [
        { id: 'a1', fileName: 'log.pdf', contentType: 'application/pdf', sizeBytes: 2048, url: '/api/attachments/a1' },
      ],
    },
  ],
  service: { classification: null, timeEntries: [], totalMinutes: 0, billableUnits: 0, invoice: null },
  linked: [{ kind: 'return', id: 'ret-1', number: 'RMA-000007' }],
};

describe('CaseDetailPage', () => {
  let http: HttpTestingController;

  async function render(detail: CaseDetail) {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    const auth = TestBed.inject(AuthStore);
    const rules = defineRulesFor({
      userId: 's1',
      companyId: null,
      companyStatus: null,
      staffRole: 'consultant',
      permissions: [],
    });
    auth.me.set({ user: { id: 's1' }, rules } as never);
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(SERVICE_DESK_TRANSLATIONS);
    translations.setLocale('en');
    const fixture = TestBed.createComponent(CaseDetailPage);
    fixture.componentRef.setInput('id', 'case-1');
    fixture.detectChanges();
    /** Lets the answered request's promise resolve, then draws. */
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    http.expectOne('/api/staff/cases/case-1').flush(detail);
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
    const get = <T extends HTMLElement>(id: string): T => {
      const found = byTestId<T>(id);
      if (!found) throw new Error(`no [data-testid=${id}]`);
      return found;
    };
    return { fixture, element, byTestId, get, settle };
  }

  afterEach(() => http.verify());

  it('shows the thread with its files, the linked return and claim/resolve for an unassigned open case', async () => {
    const { element, byTestId } = await render(CASE);
    expect(byTestId('case-message')?.textContent).toContain('It drops every hour.');
    expect(byTestId('attachment')?.textContent).toContain('log.pdf');
    expect(byTestId('case-linked')?.querySelector('a')?.getAttribute('href')).toBe('/service-desk/returns/ret-1');
    expect(byTestId('claim-case')).not.toBeNull();
    expect(byTestId('resolve-case')).not.toBeNull();
    expect(element.querySelector('[data-testid="service-work"]')).not.toBeNull();
  });

  it('claims the case and reads it again', async () => {
    const { settle, byTestId, get } = await render(CASE);
    get<HTMLButtonElement>('claim-case').click();
    http.expectOne({ method: 'POST', url: '/api/staff/cases/case-1/claim' }).flush({});
    await settle();
    http.expectOne('/api/staff/cases/case-1').flush({ ...CASE, assignee: { id: 's1', name: 'Ola Konsulent' } });
    await settle();
    expect(byTestId('claim-case')).toBeNull();
    expect(byTestId('case-assignee')?.textContent).toContain('Ola Konsulent');
  });

  it('sends the answer as multipart with "wait for customer" and the files', async () => {
    const { settle, byTestId, get } = await render({ ...CASE, assignee: { id: 's1', name: 'Ola' } });
    const body = get<HTMLTextAreaElement>('reply-body');
    body.value = 'Please restart it.';
    body.dispatchEvent(new Event('input'));
    get<HTMLInputElement>('reply-wait').click();
    const files = get<HTMLInputElement>('reply-files');
    const photo = new File(['png'], 'router.png', { type: 'image/png' });
    Object.defineProperty(files, 'files', { value: [photo] });
    files.dispatchEvent(new Event('change'));
    await settle();
    get<HTMLButtonElement>('send-reply').click();
    const request = http.expectOne({ method: 'POST', url: '/api/staff/cases/case-1/reply' });
    const form = request.request.body as FormData;
    expect(form.get('body')).toBe('Please restart it.');
    expect(form.get('waitForCustomer')).toBe('true');
    expect((form.getAll('files') as File[]).map((file) => file.name)).toEqual(['router.png']);
    request.flush({});
    await settle();
    http.expectOne('/api/staff/cases/case-1').flush({ ...CASE, status: 'waiting_for_customer' });
    await settle();
    expect(byTestId('case-status')?.textContent).toContain('Waiting for customer');
    expect(body.value).toBe('');
  });

  it('offers neither claim, reply, resolve nor time entries on a closed case', async () => {
    const { byTestId } = await render({
      ...CASE,
      status: 'closed',
      service: { timeEntries: [], totalMinutes: 0, billableUnits: 0, invoice: null, classification: 'covered' },
    });
    expect(byTestId('claim-case')).toBeNull();
    expect(byTestId('resolve-case')).toBeNull();
    expect(byTestId('reply-body')).toBeNull();
    expect(byTestId('time-minutes')).toBeNull();
    expect(byTestId('classification')?.textContent).toContain('Covered by the service agreement');
  });

  it('refuses more than five files before sending anything', async () => {
    const { settle, element, get } = await render(CASE);
    const files = get<HTMLInputElement>('reply-files');
    const six = Array.from({ length: 6 }, (_, i) => new File(['x'], `f${i}.pdf`, { type: 'application/pdf' }));
    Object.defineProperty(files, 'files', { value: six });
    files.dispatchEvent(new Event('change'));
    await settle();
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe('At most 5 files per message.');
  });

  it('puts a refused action into words', async () => {
    const { settle, element, get } = await render(CASE);
    get<HTMLButtonElement>('claim-case').click();
    http
      .expectOne('/api/staff/cases/case-1/claim')
      .flush({ code: 'case_claimed_by_other', message: 'Claimed by Per' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(element.querySelector('[role=alert]')?.textContent?.trim()).toBe(
      TestBed.inject(TranslationService).translate('errors.case_claimed_by_other'),
    );
  });
});
