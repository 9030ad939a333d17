import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { QUOTES_TRANSLATIONS } from '@lumen/portal/quotes';
import type { QuoteMetrics, StaffQueueQuote } from '@lumen/shared/contracts';
import { QuoteDeskApi } from './quote-desk.api';
import { QuoteDeskPage } from './quote-desk.page';
import { QUOTE_DESK_TRANSLATIONS } from './quote-desk.translations';

const row = (id: string, number: string, valueOre: number, newCustomerComments: number): StaffQueueQuote => ({
  id,
  number,
  status: 'requested',
  projectListId: 'l1',
  projectListName: 'Bjørvika',
  requestedBy: { id: 'b1', name: 'Bjørn Kjøper' },
  requestedAt: '2026-12-01T09:00:00.000Z',
  dueAt: '2026-12-02T09:00:00.000Z',
  timeLeftMs: 3_600_000,
  overdue: false,
  claimedBy: null,
  currentRevision: 0,
  validUntil: null,
  totalOre: null,
  lineCount: 2,
  acceptedRevision: null,
  company: { id: 'c1', name: 'Nordlys Elektro AS', tier: 'gold' },
  valueOre,
  newCustomerComments,
});

const metrics: QuoteMetrics = {
  windowDays: 30,
  answeredCount: 0,
  answeredWithin24hCount: 0,
  answeredWithin24hShare: null,
  medianAnswerMs: null,
  openCount: 2,
  overdueCount: 0,
};

describe('QuoteDeskPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [QuoteDeskPage],
      providers: [
        provideRouter([]),
        {
          provide: QuoteDeskApi,
          useValue: {
            queue: () => Promise.resolve([row('q1', 'Q-000011', 16_200_00, 2), row('q2', 'Q-000012', 80_000_00, 0)]),
            metrics: () => Promise.resolve(metrics),
          },
        },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const dictionary of [CORE_TRANSLATIONS, QUOTES_TRANSLATIONS, QUOTE_DESK_TRANSLATIONS])
      translations.register(dictionary);
  });

  async function render(): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(QuoteDeskPage);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows what each quote is worth, formatted for the language', async () => {
    const element = await render();
    const values = [...element.querySelectorAll('[data-testid="quote-value"]')].map((cell) => cell.textContent?.trim());
    expect(values).toEqual(['kr\u00a016\u00a0200,00', 'kr\u00a080\u00a0000,00']);
  });

  it('marks only the quotes whose customer wrote since the desk last answered', async () => {
    const element = await render();
    const mark = element.querySelector('[data-quote="Q-000011"] [data-testid="new-comments"]');
    expect(mark?.textContent?.trim()).toBe('Nytt: 2');
    expect(mark?.getAttribute('aria-label')).toBe('Nye kundekommentarer siden desken sist svarte: 2');
    expect(element.querySelector('[data-quote="Q-000012"] [data-testid="new-comments"]')).toBeNull();
  });
});
