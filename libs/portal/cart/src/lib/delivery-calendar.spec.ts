import { TestBed } from '@angular/core/testing';
import { CORE_TRANSLATIONS, TranslationService } from '@lumen/portal/core';
import { CART_TRANSLATIONS } from './cart.translations';
import { DeliveryCalendar } from './delivery-calendar';

function render(earliest: string) {
  const fixture = TestBed.createComponent(DeliveryCalendar);
  fixture.componentRef.setInput('earliest', earliest);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const day = (date: string) => element.querySelector<HTMLButtonElement>(`button.day[data-date="${date}"]`);
  return { fixture, element, day };
}

describe('DeliveryCalendar', () => {
  beforeEach(() => {
    const translations = TestBed.inject(TranslationService);
    translations.register(CORE_TRANSLATIONS);
    translations.register(CART_TRANSLATIONS);
    translations.setLocale('nb');
  });

  it('offers business days from the earliest date and disables the rest', () => {
    const { day } = render('2026-12-16');
    expect(day('2026-12-15')?.disabled).toBe(true); // before the earliest
    expect(day('2026-12-16')?.disabled).toBe(false);
    expect(day('2026-12-19')?.disabled).toBe(true); // Saturday
    expect(day('2026-12-24')?.disabled).toBe(false); // Christmas Eve is a business day
    expect(day('2026-12-25')?.disabled).toBe(true); // Christmas Day
    expect(day('2026-12-26')?.disabled).toBe(true); // Boxing Day
  });

  it('disables the Easter holidays when the month comes', () => {
    const { day } = render('2026-04-01');
    expect(day('2026-04-01')?.disabled).toBe(false);
    for (const holiday of ['2026-04-02', '2026-04-03', '2026-04-06']) expect(day(holiday)?.disabled).toBe(true);
    expect(day('2026-04-07')?.disabled).toBe(false);
  });

  it('starts weeks on Monday and emits the picked date', () => {
    const { fixture, element, day } = render('2026-12-16');
    expect(element.querySelector('.weekday')?.textContent?.trim()).toMatch(/^man/);
    const picked: string[] = [];
    fixture.componentInstance.picked.subscribe((date) => picked.push(date));
    day('2026-12-17')?.click();
    expect(picked).toEqual(['2026-12-17']);
  });
});
