import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { LocalDatePipe, TranslatePipe, TranslationService } from '@lumen/portal/core';
import { addDays, isBusinessDay, MAX_DESIRED_DATE_DAYS_AHEAD } from '@lumen/shared/domain';
import { inject } from '@angular/core';

interface CalendarDay {
  date: string;
  day: number;
  selectable: boolean;
}

/**
 * A month calendar for the desired delivery date: weekends, Norwegian public holidays and days
 * before the earliest possible delivery are disabled — the same rule the API checks.
 */
@Component({
  selector: 'lt-delivery-calendar',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="calendar" data-testid="delivery-calendar">
      <div class="head">
        <button type="button" class="nav" (click)="shift(-1)" [disabled]="!canGoBack()" [attr.aria-label]="'checkout.previousMonth' | t">‹</button>
        <strong>{{ monthLabel() }}</strong>
        <button type="button" class="nav" (click)="shift(1)" [attr.aria-label]="'checkout.nextMonth' | t">›</button>
      </div>
      <div class="grid">
        @for (name of weekdays(); track $index) { <span class="weekday">{{ name }}</span> }
        @for (blank of leadingBlanks(); track $index) { <span></span> }
        @for (day of days(); track day.date) {
          <button type="button" class="day" [attr.data-date]="day.date" [disabled]="!day.selectable"
            [class.chosen]="day.date === value()" (click)="picked.emit(day.date)">{{ day.day }}</button>
        }
      </div>
      <p class="muted small">{{ 'checkout.calendarHint' | t }}</p>
      @if (value(); as chosen) {
        <p data-testid="chosen-date">{{ 'checkout.chosenDate' | t: { date: (chosen | localDate) } }}</p>
      }
    </div>
  `,
  styles: `
    .calendar { max-width: 20rem; }
    .head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 0.4rem; }
    .nav { background: none; border: 1px solid var(--border); border-radius: var(--radius); cursor: pointer; width: 2rem; }
    .grid { display: grid; grid-template-columns: repeat(7, 1fr); gap: 0.2rem; }
    .weekday { text-align: center; font-size: 0.75rem; color: var(--text-muted); }
    .day { padding: 0.35rem 0; border: 1px solid var(--border); background: var(--surface); border-radius: var(--radius); cursor: pointer; }
    .day:disabled { color: var(--text-muted); background: var(--surface-muted); cursor: not-allowed; text-decoration: line-through; }
    .day.chosen { background: var(--accent); color: #fff; border-color: var(--accent); }
    .small { font-size: 0.8rem; }
  `,
})
export class DeliveryCalendar {
  private readonly translations = inject(TranslationService);
  /** Earliest possible delivery date (YYYY-MM-DD). */
  readonly earliest = input.required<string>();
  readonly value = input<string | null>(null);
  readonly picked = output<string>();

  /** Months after the earliest date's month. */
  private readonly offset = signal(0);
  private readonly month = computed(() => {
    const [year, month] = this.earliest().split('-').map(Number);
    const first = new Date(Date.UTC(year, month - 1 + this.offset(), 1));
    return { year: first.getUTCFullYear(), month: first.getUTCMonth() };
  });

  protected readonly canGoBack = computed(() => this.offset() > 0);
  protected readonly monthLabel = computed(() =>
    new Intl.DateTimeFormat(this.translations.intlLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(this.month().year, this.month().month, 1)),
    ),
  );
  protected readonly weekdays = computed(() => {
    const format = new Intl.DateTimeFormat(this.translations.intlLocale(), { weekday: 'short', timeZone: 'UTC' });
    // 5 January 2026 is a Monday: Norwegian weeks start on Monday.
    return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2026, 0, 5 + i))));
  });
  protected readonly leadingBlanks = computed(() => {
    const weekday = new Date(Date.UTC(this.month().year, this.month().month, 1)).getUTCDay();
    return Array.from({ length: (weekday + 6) % 7 });
  });
  protected readonly days = computed((): CalendarDay[] => {
    const { year, month } = this.month();
    const count = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const earliest = this.earliest();
    const latest = addDays(earliest, MAX_DESIRED_DATE_DAYS_AHEAD);
    return Array.from({ length: count }, (_, i) => {
      const date = new Date(Date.UTC(year, month, i + 1)).toISOString().slice(0, 10);
      return { date, day: i + 1, selectable: date >= earliest && date <= latest && isBusinessDay(date) };
    });
  });

  protected shift(months: number): void {
    this.offset.update((offset) => Math.max(0, offset + months));
  }
}
