import { TestBed } from '@angular/core/testing';
import { CART_TRANSLATIONS } from '@lumen/portal/cart';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { QuickOrderReport } from '@lumen/shared/contracts';
import { QuickOrderReportCard } from './quick-order-report';
import { QUICK_ORDER_TRANSLATIONS } from './quick-order.translations';

const NBSP = '\u00a0';

/** A check of an 80,000-line file whose last line repeats a SKU of line 79,999. */
const report: QuickOrderReport = {
  id: 'check-1',
  expiresAt: '2026-12-03T08:00:00Z',
  summary: {
    lines: 80_000,
    ok: 80_000,
    unknown_sku: 0,
    invalid_quantity: 0,
    end_of_life: 0,
    not_orderable: 0,
    missing_sku: 0,
    summedLines: 12_000,
    orderableProducts: 68_000,
    orderableTotalOre: 100,
  },
  view: 'all',
  page: 800,
  pageSize: 100,
  total: 80_000,
  lines: [
    {
      line: 80_000,
      sku: 'LT-10000',
      quantity: 80_000,
      status: 'ok',
      summedIntoLine: 79_999,
    },
  ],
  products: [{ sku: 'LT-10000', name: 'Downlight', stockStatus: 'in_stock', price: { tier: 'gold', unitPriceOre: 100, unitPriceInclVatOre: 125 } }],
};

describe('QuickOrderReportCard numbers', () => {
  it('groups every count, line number and quantity by thousands (80 000)', async () => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [QuickOrderReportCard] });
    const translations = TestBed.inject(TranslationService);
    [CORE_TRANSLATIONS, CART_TRANSLATIONS, QUICK_ORDER_TRANSLATIONS].forEach((t) => translations.register(t));
    const fixture = TestBed.createComponent(QuickOrderReportCard);
    fixture.componentRef.setInput('report', report);
    fixture.componentRef.setInput('taken', {});
    fixture.componentRef.setInput('view', 'all');
    fixture.componentRef.setInput('toAdd', 68_000);
    fixture.componentRef.setInput('orderableTotalOre', 100);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const text = (selector: string) => element.querySelector(selector)?.textContent?.replace(/[ \n\t]+/g, ' ').trim();
    expect(text('[data-testid="add-to-cart"]')).toBe(`Legg gyldige linjer i handlekurven (68${NBSP}000)`);
    expect(text('[data-testid="report-summary"]')).toContain(`Linjer: 80${NBSP}000 – 80${NBSP}000 ok`);
    expect(text('[data-testid="report-summary"]')).toContain(`går igjen: 12${NBSP}000.`);
    const row = element.querySelector('tr[data-line="80000"]');
    expect(row?.querySelector('td')?.textContent?.trim()).toBe(`80${NBSP}000`);
    expect(row?.textContent).toContain(`80${NBSP}000`);
    expect(row?.textContent).toContain(`lagt sammen med linje 79${NBSP}999`);
  });
});
