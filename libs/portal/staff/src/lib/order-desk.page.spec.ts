import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import type { OrderDeskPage } from '@lumen/shared/contracts';
import { FulfilmentApi } from './fulfilment.api';
import { OrderDeskListPage } from './order-desk.page';
import { STAFF_TRANSLATIONS } from './staff.translations';

/** The API counts the open statuses only (the work queue); the archive's tabs carry no count. */
const DESK: OrderDeskPage = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 25,
  counts: { placed: 3, confirmed: 0, in_preparation: 1, partially_shipped: 2 },
};

describe('OrderDeskListPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [OrderDeskListPage],
      providers: [provideRouter([]), { provide: FulfilmentApi, useValue: { desk: () => Promise.resolve(DESK) } }],
    });
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(STAFF_TRANSLATIONS);
  });

  it('shows the counts of the open tabs, 0 included, and none on the archive tabs or "all"', async () => {
    const fixture = TestBed.createComponent(OrderDeskListPage);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const countOf = (status: string) =>
      element.querySelector(`[data-status="${status}"] .count`)?.textContent?.trim() ?? null;
    expect(['placed', 'confirmed', 'in_preparation', 'partially_shipped'].map(countOf)).toEqual(['3', '0', '1', '2']);
    expect(['all', 'shipped', 'delivered', 'cancelled'].map(countOf)).toEqual([null, null, null, null]);
  });
});
