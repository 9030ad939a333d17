import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore, CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { QUOTES_TRANSLATIONS } from '@lumen/portal/quotes';
import type { QuoteStatus, StaffQuoteDetail } from '@lumen/shared/contracts';
import { DeskQuotePage } from './desk-quote.page';
import { QuoteDeskApi } from './quote-desk.api';
import { QUOTE_DESK_TRANSLATIONS } from './quote-desk.translations';

const line = {
  productId: 'p1',
  sku: 'LT-10001',
  name: 'Elv skinnespot',
  quantity: 10,
  listPriceOre: 100_00,
  tierUnitPriceOre: 90_00,
  unitPriceOre: 90_00,
  discountPercent: null,
  lineTotalOre: 900_00,
};

const quote = (status: QuoteStatus, claimedBy: { id: string; name: string } | null): StaffQuoteDetail => ({
  id: 'q1',
  number: 'Q-000011',
  status,
  projectListId: 'l1',
  projectListName: 'Bjørvika',
  requestedBy: { id: 'b1', name: 'Bjørn Kjøper' },
  requestedAt: '2026-12-01T09:00:00.000Z',
  dueAt: '2026-12-02T09:00:00.000Z',
  timeLeftMs: 3_600_000,
  overdue: false,
  claimedBy,
  currentRevision: status === 'in_progress' ? 0 : 1,
  validUntil: null,
  totalOre: null,
  lineCount: 1,
  acceptedRevision: null,
  message: null,
  requestedLines: [line],
  revisions: [],
  comments: [],
  company: { id: 'c1', name: 'Nordlys Elektro AS', tier: 'gold' },
  draft: { lines: [line], validUntil: '2026-12-31T22:59:59.000Z', message: null, totalOre: 900_00 },
});

describe('DeskQuotePage', () => {
  let api: { get: jest.Mock; saveDraft: jest.Mock; claim: jest.Mock };
  const me = { id: 'consultant-1', name: 'Kari Konsulent' };

  beforeEach(() => {
    localStorage.clear();
    api = { get: jest.fn(), saveDraft: jest.fn(), claim: jest.fn() };
    TestBed.configureTestingModule({
      imports: [DeskQuotePage],
      providers: [
        provideRouter([]),
        { provide: QuoteDeskApi, useValue: api },
        { provide: AuthStore, useValue: { can: () => true, user: signal(me) } },
      ],
    });
    const translations = TestBed.inject(TranslationService);
    for (const dictionary of [CORE_TRANSLATIONS, QUOTES_TRANSLATIONS, QUOTE_DESK_TRANSLATIONS])
      translations.register(dictionary);
  });

  async function open(detail: StaffQuoteDetail) {
    api.get.mockResolvedValue(detail);
    const fixture = TestBed.createComponent(DeskQuotePage);
    fixture.componentRef.setInput('id', detail.id);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }
  const text = (element: HTMLElement, selector: string) =>
    element.querySelector(selector)?.textContent?.replace(/\s/g, ' ').trim();

  it('updates the offered price and the draft total while the consultant types', async () => {
    const { fixture, element } = await open(quote('in_progress', me));
    expect(text(element, '[data-testid=draft-total]')).toBe('kr 900,00');
    const mode = element.querySelector<HTMLSelectElement>('[data-testid=pricing-mode]');
    if (!mode) throw new Error('no pricing mode');
    mode.value = 'price';
    mode.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const value = element.querySelector<HTMLInputElement>('[data-testid=pricing-value]');
    if (!value) throw new Error('no pricing value');
    value.value = '85,50';
    value.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(text(element, '[data-testid=offered]')).toBe('kr 85,50');
    expect(text(element, '[data-testid=draft-total]')).toBe('kr 855,00');
  });

  it('saves a line as it is added, so it shows its name and price at once', async () => {
    const { fixture, element } = await open(quote('in_progress', me));
    api.saveDraft.mockResolvedValue({
      ...quote('in_progress', me),
      draft: {
        ...quote('in_progress', me).draft,
        lines: [line, { ...line, productId: 'p2', sku: 'LT-10002', name: 'Ny downlight' }],
      },
    });
    const sku = element.querySelector<HTMLInputElement>('[data-testid=add-sku]');
    if (!sku) throw new Error('no sku input');
    sku.value = 'lt-10002';
    sku.dispatchEvent(new Event('input'));
    element.querySelector<HTMLFormElement>('form.add-line')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(api.saveDraft).toHaveBeenCalledWith(
      'q1',
      expect.objectContaining({
        lines: [
          { sku: 'LT-10001', quantity: 10 },
          { sku: 'LT-10002', quantity: 1 },
        ],
      }),
    );
    expect(element.querySelector('tr[data-sku="LT-10002"]')?.textContent).toContain('Ny downlight');
  });

  it('offers no second claim on the consultant’s own quote when the customer asks for changes', async () => {
    const own = await open(quote('revision_requested', me));
    expect(own.element.querySelector('[data-testid=claim]')).toBeNull();
  });

  it('says an answered quote waits for the customer instead of asking to claim it', async () => {
    const { element } = await open(quote('answered', me));
    expect(text(element, '[data-testid=not-editable]')).toContain('Revisjon 1 er sendt');
  });
});
