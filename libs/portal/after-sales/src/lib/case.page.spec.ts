import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { CaseDetail } from '@lumen/shared/contracts';
import { AFTER_SALES_TRANSLATIONS } from './after-sales.translations';
import { CasePage } from './case.page';
import { NewCasePage } from './new-case.page';

const detail: CaseDetail = {
  id: 'case-1',
  number: 'C-000042',
  category: 'warranty',
  subject: 'Flickering downlight',
  status: 'open',
  company: { id: 'co', name: 'Nordlys' },
  order: { id: 'o1', number: 100123 },
  invoice: null,
  openedAt: '2026-12-01T09:00:00Z',
  openedBy: 'Berit Buyer',
  firstAnswerDueAt: null,
  firstAnsweredAt: '2026-12-01T10:00:00Z',
  overdue: false,
  assignee: null,
  lastMessageAt: '2026-12-01T10:00:00Z',
  awaitingStaff: false,
  messageCount: 2,
  orderLineId: null,
  linked: [{ kind: 'warranty', id: 'claim-1', number: 'W-000007' }],
  messages: [
    {
      id: 'm1',
      author: { name: 'Berit Buyer', staff: false },
      body: 'It flickers.',
      createdAt: '2026-12-01T09:00:00Z',
      attachments: [],
    },
    {
      id: 'm2',
      author: { name: 'Kari Konsulent', staff: true },
      body: 'Send us the invoice.',
      createdAt: '2026-12-01T10:00:00Z',
      attachments: [
        {
          id: 'a1',
          fileName: 'guide.pdf',
          contentType: 'application/pdf',
          sizeBytes: 2048,
          url: '/api/attachments/a1',
        },
      ],
    },
  ],
};

describe('case screens', () => {
  let http: HttpTestingController;
  let mayComment: boolean;

  beforeEach(() => {
    localStorage.clear();
    mayComment = true;
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { can: () => mayComment } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(AFTER_SALES_TRANSLATIONS);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }) {
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function openCase(view: CaseDetail) {
    const fixture = TestBed.createComponent(CasePage);
    fixture.componentRef.setInput('id', 'case-1');
    fixture.detectChanges();
    http.expectOne('/api/cases/case-1').flush(view);
    await settle(fixture);
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  it('tells the shop’s answers from the company’s and links what joined the case', async () => {
    const { element } = await openCase(detail);
    const authors = [...element.querySelectorAll('[data-testid="case-message"]')].map((m) =>
      m.getAttribute('data-author'),
    );
    expect(authors).toEqual(['customer', 'staff']);
    expect(element.querySelector('[data-author="staff"]')?.textContent).toContain('Lumen Trade');
    expect(element.querySelector('[data-author="staff"] [data-testid="download-attachment"]')?.textContent).toContain(
      'guide.pdf',
    );
    expect(element.textContent).toContain('Garantikrav W-000007');
    expect(element.querySelector('[data-testid="case-reply"]')).not.toBeNull();
  });

  it('offers no reply on a closed case, nor to someone who may not comment', async () => {
    expect(
      (await openCase({ ...detail, status: 'closed' })).element.querySelector('[data-testid="case-reply"]'),
    ).toBeNull();
    mayComment = false;
    const { element } = await openCase(detail);
    expect(element.querySelector('[data-testid="case-reply"]')).toBeNull();
  });

  it('sends a reply with its files as multipart and reads the case again', async () => {
    const { fixture, element } = await openCase({ ...detail, status: 'resolved' });
    expect(element.querySelector('label[for="case-reply-body"]')?.textContent).toContain('saken åpnes igjen');
    const textarea = element.querySelector<HTMLTextAreaElement>('[data-testid="case-reply-body"]');
    if (!textarea) throw new Error('no reply box');
    textarea.value = 'Still flickers.';
    textarea.dispatchEvent(new Event('input'));
    const input = element.querySelector<HTMLInputElement>('[data-testid="file-input"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', {
      value: [new File(['%PDF-1.7'], 'receipt.pdf', { type: 'application/pdf' })],
    });
    input.dispatchEvent(new Event('change'));
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('[data-testid="send-reply"]')?.click();
    await settle(fixture);
    const sent = http.expectOne({ method: 'POST', url: '/api/cases/case-1/messages' });
    const body = sent.request.body as FormData;
    expect(body.get('body')).toBe('Still flickers.');
    expect((body.getAll('files') as File[]).map((file) => file.name)).toEqual(['receipt.pdf']);
    sent.flush({ id: 'm3' });
    await settle(fixture);
    http.expectOne('/api/cases/case-1').flush({ ...detail, status: 'open' });
    await settle(fixture);
    expect(element.querySelector('[data-testid="case-status"]')?.textContent).toContain('Åpen');
    expect(textarea.value).toBe('');
  });

  it('opens a new case about the order it came from, with the API’s words when it refuses a file', async () => {
    const fixture = TestBed.createComponent(NewCasePage);
    fixture.componentRef.setInput('orderId', 'o1');
    fixture.componentRef.setInput('category', 'damage');
    fixture.detectChanges();
    http
      .expectOne((r) => r.url === '/api/orders')
      .flush({
        items: [{ id: 'o1', number: 100123, placedAt: '2026-12-01T09:00:00Z', purchaseOrderReference: null }],
        total: 1,
        page: 1,
        pageSize: 50,
      });
    http.expectOne((r) => r.url === '/api/invoices').flush({ items: [], total: 0, page: 1, pageSize: 50 });
    await settle(fixture);
    const element = fixture.nativeElement as HTMLElement;
    const fill = (testId: string, value: string) => {
      const field = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${testId}"]`);
      if (!field) throw new Error(testId);
      field.value = value;
      field.dispatchEvent(new Event('input'));
    };
    fill('case-subject', 'Broken in transport');
    fill('case-message', 'The glass was cracked.');
    await settle(fixture);
    expect(element.querySelector<HTMLSelectElement>('[data-testid="case-order"]')?.value).toBe('o1');
    element.querySelector<HTMLButtonElement>('[data-testid="submit-case"]')?.click();
    await settle(fixture);
    const sent = http.expectOne({ method: 'POST', url: '/api/cases' });
    const body = sent.request.body as FormData;
    expect([body.get('category'), body.get('orderId'), body.get('subject'), body.get('invoiceId')]).toEqual([
      'damage',
      'o1',
      'Broken in transport',
      null,
    ]);
    sent.flush(
      { statusCode: 415, code: 'file_type_not_allowed', message: 'no' },
      { status: 415, statusText: 'Unsupported Media Type' },
    );
    await settle(fixture);
    expect(element.querySelector('.alert-error')?.textContent).toContain('vi sjekker innholdet, ikke navnet');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    element.querySelector<HTMLButtonElement>('[data-testid="submit-case"]')?.click();
    await settle(fixture);
    http.expectOne({ method: 'POST', url: '/api/cases' }).flush({ ...detail, id: 'case-9' });
    await settle(fixture);
    expect(navigate).toHaveBeenCalledWith(['/cases', 'case-9']);
  });
});
