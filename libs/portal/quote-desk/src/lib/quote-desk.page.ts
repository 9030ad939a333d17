import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  type ErrorMessage,
  FormAlert,
  LocalDatePipe,
  MoneyPipe,
  TierBadge,
  TranslatePipe,
  TranslationService,
  describeError,
} from '@lumen/portal/core';
import { QuoteClock, QuoteStatusBadge } from '@lumen/portal/quotes';
import type { QuoteMetrics, StaffQueueQuote, StaffQuoteQuery } from '@lumen/shared/contracts';
import { QuoteDeskApi } from './quote-desk.api';

type View = 'open' | 'overdue' | 'all';

/**
 * The consultant's queue by due time, with time left and the overdue flag, what each quote is
 * worth and a mark on quotes whose customer wrote since the desk last answered; and the 24-hour metrics.
 */
@Component({
  selector: 'lt-quote-desk-page',
  imports: [
    FormsModule,
    RouterLink,
    FormAlert,
    LocalDatePipe,
    MoneyPipe,
    TierBadge,
    TranslatePipe,
    QuoteClock,
    QuoteStatusBadge,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'desk.title' | t }}</h1>
    </div>
    <p class="muted">{{ 'desk.lead' | t }}</p>
    <lt-form-alert [message]="error()" />
    @if (metrics(); as m) {
      <section class="metrics" data-testid="desk-metrics">
        <div class="metric">
          <span class="value" data-testid="metric-share">{{
            m.answeredWithin24hShare === null ? ('desk.metrics.none' | t) : percent(m.answeredWithin24hShare)
          }}</span>
          <span class="label">{{ 'desk.metrics.share' | t }}</span>
          <span class="muted small">{{ 'desk.metrics.window' | t: { days: m.windowDays } }}</span>
        </div>
        <div class="metric">
          <span class="value">{{
            m.medianAnswerMs === null ? ('desk.metrics.none' | t) : ('quotes.hours' | t: hours(m.medianAnswerMs))
          }}</span>
          <span class="label">{{ 'desk.metrics.median' | t }}</span>
        </div>
        <div class="metric">
          <span class="value">{{ m.openCount }}</span><span class="label">{{ 'desk.metrics.open' | t }}</span>
        </div>
        <div class="metric" [class.alarm]="m.overdueCount > 0">
          <span class="value">{{ m.overdueCount }}</span><span class="label">{{ 'desk.metrics.overdue' | t }}</span>
        </div>
      </section>
    }
    <div class="filters">
      <label class="field">
        <span class="field-label">{{ 'desk.filter' | t }}</span>
        <select name="view" [ngModel]="view()" (ngModelChange)="setView($event)" data-testid="desk-filter">
          <option value="open">{{ 'desk.open' | t }}</option>
          <option value="overdue">{{ 'desk.overdueOnly' | t }}</option>
          <option value="all">{{ 'desk.all' | t }}</option>
        </select>
      </label>
      <button class="btn btn-secondary" type="button" (click)="load()">{{ 'desk.refresh' | t }}</button>
    </div>
    <section class="card queue" [attr.aria-busy]="queue() === null">
      <table class="table stack" data-testid="desk-queue">
        <thead>
          <tr>
            <th>{{ 'desk.number' | t }}</th>
            <th>{{ 'desk.company' | t }}</th>
            <th>{{ 'desk.list' | t }}</th>
            <th>{{ 'desk.status' | t }}</th>
            <th>{{ 'desk.due' | t }}</th>
            <th>{{ 'desk.timeLeft' | t }}</th>
            <th>{{ 'desk.claimedBy' | t }}</th>
            <th class="num">{{ 'desk.lines' | t }}</th>
            <th class="num">{{ 'desk.quoteValue' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (quote of queue() ?? []; track quote.id) {
            <tr [attr.data-quote]="quote.number" [class.overdue]="quote.overdue">
              <td class="stack-title">
                <a [routerLink]="['quotes', quote.id]">{{ quote.number }}</a>
                @if (quote.newCustomerComments > 0) {
                  <span
                    class="new-comments"
                    data-testid="new-comments"
                    role="img"
                    [attr.title]="'desk.newCommentsHint' | t: { n: quote.newCustomerComments }"
                    [attr.aria-label]="'desk.newCommentsHint' | t: { n: quote.newCustomerComments }"
                    >{{ 'desk.newComments' | t: { n: quote.newCustomerComments } }}</span
                  >
                }
              </td>
              <td [attr.data-label]="'desk.company' | t">
                {{ quote.company.name }} <lt-tier-badge [tier]="quote.company.tier" />
              </td>
              <td [attr.data-label]="'desk.list' | t">{{ quote.projectListName }}</td>
              <td [attr.data-label]="'desk.status' | t"><lt-quote-status [status]="quote.status" /></td>
              <td [attr.data-label]="'desk.due' | t">{{ quote.dueAt | localDate: 'time' }}</td>
              <td [attr.data-label]="'desk.timeLeft' | t">
                @if (
                  quote.status === 'requested' ||
                  quote.status === 'in_progress' ||
                  quote.status === 'revision_requested'
                ) {
                  <lt-quote-clock [timeLeftMs]="quote.timeLeftMs" [overdue]="quote.overdue" />
                }
              </td>
              <td [attr.data-label]="'desk.claimedBy' | t">{{ quote.claimedBy?.name }}</td>
              <td class="num" [attr.data-label]="'desk.lines' | t">{{ quote.lineCount }}</td>
              <td class="num" [attr.data-label]="'desk.quoteValue' | t" data-testid="quote-value">
                {{ quote.valueOre | money }}
              </td>
            </tr>
          } @empty {
            <tr>
              <td colspan="9" class="muted">{{ 'desk.none' | t }}</td>
            </tr>
          }
        </tbody>
      </table>
    </section>
  `,
  styles: `
    .metrics {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
      gap: 1rem;
      margin-bottom: 1.2rem;
    }
    .small {
      font-size: 0.8rem;
    }
    .filters {
      display: flex;
      gap: 1rem;
      align-items: end;
      margin-bottom: 1rem;
    }
    /* Nine columns: on a narrow desktop window the table scrolls inside its card, never past it. */
    .queue {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
    }
    .table td:first-child {
      white-space: nowrap;
    }
    .table th,
    .table td {
      text-align: left;
      padding: 0.5rem;
      border-bottom: 1px solid var(--border);
    }
    .num {
      text-align: right !important;
    }
    tr.overdue td {
      background: var(--danger-bg);
    }
    /* Under the number, so the first column stays as narrow as a quote number. */
    .new-comments {
      display: block;
      width: fit-content;
      margin-top: 0.3rem;
      padding: 0.05rem 0.45rem;
      border-radius: 999px;
      background: var(--accent-strong);
      color: #fff;
      font-size: 0.75rem;
      font-weight: 600;
      /* Short ("New: 2", the meaning in its label) so the first column stays a quote number wide. */
      white-space: nowrap;
    }
  `,
})
export class QuoteDeskPage {
  private readonly api = inject(QuoteDeskApi);
  private readonly translations = inject(TranslationService);
  protected readonly queue = signal<StaffQueueQuote[] | null>(null);
  protected readonly metrics = signal<QuoteMetrics | null>(null);
  protected readonly error = signal<ErrorMessage | null>(null);
  protected readonly view = signal<View>('open');

  constructor() {
    void this.load();
  }

  protected setView(view: View): void {
    this.view.set(view);
    void this.load();
  }

  protected async load(): Promise<void> {
    const query: StaffQuoteQuery =
      this.view() === 'overdue'
        ? { status: 'open', overdue: 'true' }
        : { status: this.view() === 'all' ? 'all' : 'open' };
    try {
      const [queue, metrics] = await Promise.all([this.api.queue(query), this.api.metrics()]);
      this.queue.set(queue);
      this.metrics.set(metrics);
    } catch (error) {
      this.error.set(describeError(error));
    }
  }

  /** `83 %` in Norwegian, `83%` in English. */
  protected percent(share: number): string {
    return new Intl.NumberFormat(this.translations.intlLocale(), { style: 'percent' }).format(share);
  }

  protected hours(ms: number): { h: number; m: string } {
    const minutes = Math.round(ms / 60_000);
    return { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, '0') };
  }
}
